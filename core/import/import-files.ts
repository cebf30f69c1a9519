import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Ctx } from '../context';
import { addDocument, type DocumentSummary } from '../documents/add-document';
import { TelaahError, isTelaahError, type ErrorCode, type ErrorParams } from '../errors';
import { MAX_SOURCE_BYTES, importSource } from './import-source';

export type ImportOutcome =
  | { file: string; ok: true; document: DocumentSummary }
  | { file: string; ok: false; error: { code: ErrorCode; message: string; params: ErrorParams } };

export interface ImportProgress {
  index: number;
  total: number;
  file: string;
}

/**
 * Imports files one by one. Each file is converted, then stored in its own transaction, so a
 * failure leaves the project exactly as it was and the next file is still tried.
 */
export async function importFiles(
  ctx: Ctx,
  paths: readonly string[],
  options: {
    password?: string;
    onStart?: (p: ImportProgress) => void;
    onResult?: (o: ImportOutcome) => void;
  } = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, path] of paths.entries()) {
    const name = basename(path);
    options.onStart?.({ index, total: paths.length, file: name });
    const outcome = await importOne(ctx, path, name, options.password);
    outcomes.push(outcome);
    options.onResult?.(outcome);
  }
  return outcomes;
}

async function importOne(
  ctx: Ctx,
  path: string,
  name: string,
  password: string | undefined,
): Promise<ImportOutcome> {
  try {
    const bytes = await readSource(path, name);
    const imported = await importSource(
      { name, bytes },
      password === undefined ? {} : { password },
    );
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const document = addDocument(ctx, { imported, originalName: name, sha256 });
    return { file: name, ok: true, document };
  } catch (error) {
    if (isTelaahError(error)) {
      return {
        file: name,
        ok: false,
        error: { code: error.code, message: error.message, params: error.params },
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      file: name,
      ok: false,
      error: {
        code: 'internal',
        message: `Importing “${name}” failed: ${detail}`,
        params: { file: name, detail },
      },
    };
  }
}

async function readSource(path: string, name: string): Promise<Uint8Array> {
  const info = await stat(path).catch(() => {
    throw new TelaahError('not_found', `File not found: ${path}`, { what: 'File', name: path });
  });
  if (!info.isFile()) {
    throw new TelaahError('not_found', `Not a file: ${path}`, { what: 'File', name: path });
  }
  if (info.size > MAX_SOURCE_BYTES) {
    throw new TelaahError(
      'import_file_too_large',
      `“${name}” is too large to import (limit 200 MB).`,
      {
        file: name,
        limit: '200 MB',
      },
    );
  }
  return new Uint8Array(await readFile(path));
}
