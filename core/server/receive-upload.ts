import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BodyTooLargeError } from './read-body';

export const FILENAME_HEADER = 'x-telaah-filename';

/** A file the browser sent, saved where the dispatch can read it like a file picked on disk. */
export interface UploadedFile {
  path: string;
  name: string;
  size: number;
}

/** Keeps the last path segment and the extension, which importers use to pick a reader. */
export function safeUploadName(raw: string | undefined): string {
  let name = 'upload';
  try {
    name = basename(decodeURIComponent(raw ?? '').replaceAll('\\', '/'));
  } catch {
    // an undecodable name falls back to the default
  }
  const cleaned = name
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^\.+/, '')
    .slice(-120);
  return cleaned === '' ? 'upload' : cleaned;
}

/**
 * Streams a request body into `dir` without holding it in memory, so large PDFs need neither
 * base64 nor a JSON body limit; stops and deletes the partial file past `limit` bytes.
 */
export async function receiveUpload(
  request: IncomingMessage,
  dir: string,
  limit: number,
): Promise<UploadedFile> {
  const headerName = request.headers[FILENAME_HEADER];
  const name = safeUploadName(typeof headerName === 'string' ? headerName : undefined);
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError(limit);
  // A folder per upload keeps the original file name, which importers show as the title.
  const folder = join(dir, randomUUID());
  await mkdir(folder, { mode: 0o700 });
  const path = join(folder, name);
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) done(new BodyTooLargeError(limit));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(request, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { path, name, size };
}
