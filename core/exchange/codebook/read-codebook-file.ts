import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { TelaahError } from '../../errors';
import { readQdc } from '../refi/read-qdc';
import { readRefiProject } from '../refi/read-refi-project';
import { decodeText } from '../refi/read-source-text';
import type { IncomingCode } from './codebook-entry';
import { parseCodebookCsv } from './codebook-csv';

/** The largest codebook file read (a .qdc or CSV is small; a project is read as an archive). */
const MAX_CODEBOOK_BYTES = 64 * 1024 * 1024;

/** Reads the codes of a codebook file: `.qdc`, `.csv`, or the codebook of a `.qdpx`/`.qde`. */
export async function readCodebookFile(path: string): Promise<IncomingCode[]> {
  const name = basename(path);
  const bytes = await readFile(path).catch(() => {
    throw new TelaahError('not_found', `File not found: ${path}`, { what: 'File', name: path });
  });
  if (bytes.length > MAX_CODEBOOK_BYTES) {
    throw new TelaahError(
      'exchange_too_large',
      `“${name}” is too large to import (limit: 64 MB).`,
      {
        file: name,
        limit: '64 MB',
      },
    );
  }
  const ext = extname(name).toLowerCase();
  if (ext === '.csv') return parseCodebookCsv(decodeText(bytes), name);
  if (ext === '.qdpx' || ext === '.qde') return (await readRefiProject(bytes, name)).codes;
  if (ext === '.qdc' || ext === '.xml') return readQdc(decodeText(bytes), name);
  throw new TelaahError(
    'invalid_input',
    `Invalid input: “${name}” is not a codebook file (.qdc, .csv, .qdpx, .qde).`,
    { detail: `“${name}” is not a codebook file (.qdc, .csv, .qdpx, .qde)` },
  );
}
