import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { countEntryBytes, nextEntry } from '../../import/docx/count-entry-bytes';
import { TelaahError } from '../../errors';
import { malformed } from './parse-refi-xml';

/** Caps on what a .qdpx may inflate to; declared sizes are checked and actual bytes counted. */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const REFI_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/** The entries of an archive, found by path case-insensitively and whatever the separator. */
export interface RefiZip {
  /** Every entry path as normalised (forward slashes, no leading `./`). */
  paths: string[];
  get(path: string): Buffer | undefined;
}

/**
 * Reads a .qdpx archive safely: refuses entries whose path could leave the folder (`../`,
 * absolute, drive letters, backslash tricks) with exchange_unsafe_entry, and archives whose
 * entry count or inflated size passes the caps with exchange_too_large.
 */
export async function readRefiZip(
  bytes: Uint8Array,
  file: string,
  limits: ZipLimits = REFI_ZIP_LIMITS,
): Promise<RefiZip> {
  const zip = await openZip(bytes, file);
  const entries = new Map<string, { path: string; data: Buffer }>();
  let total = 0;
  try {
    for (
      let entry = await nextEntry(zip, (e) => fromZipError(e, file));
      entry;
      entry = await nextEntry(zip, (e) => fromZipError(e, file))
    ) {
      if (entry.fileName.endsWith('/')) continue;
      const path = safeEntryPath(entry.fileName, file);
      if (entries.size + 1 > limits.maxEntries)
        throw tooLarge(file, `${limits.maxEntries} entries`);
      if (entry.uncompressedSize > limits.maxEntryBytes)
        throw tooLarge(file, mb(limits.maxEntryBytes));
      const budget = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
      const data = await readEntry(zip, entry, budget);
      if (data === null) {
        throw tooLarge(
          file,
          total + entry.uncompressedSize > limits.maxTotalBytes
            ? mb(limits.maxTotalBytes)
            : mb(limits.maxEntryBytes),
        );
      }
      total += data.length;
      entries.set(path.toLowerCase(), { path, data });
    }
  } finally {
    zip.close();
  }
  return {
    paths: [...entries.values()].map((e) => e.path),
    get: (path) => entries.get(normalisePath(path).toLowerCase())?.data,
  };
}

/** Forward slashes, no leading `./` or `/`, no empty or `.` segments. */
export function normalisePath(path: string): string {
  return path
    .replaceAll('\\', '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/** The entry's normalised path, or exchange_unsafe_entry when it could point outside. */
export function safeEntryPath(name: string, file: string): string {
  const unified = name.replaceAll('\\', '/');
  const parts = unified.split('/');
  if (
    unified.startsWith('/') ||
    /^[a-z]:/iu.test(unified) ||
    parts.includes('..') ||
    // eslint-disable-next-line no-control-regex -- a NUL or control character in a name is a trick
    /[\u0000-\u001f]/u.test(unified)
  ) {
    throw new TelaahError('exchange_unsafe_entry', `“${file}” contains an unsafe entry: ${name}.`, {
      file,
      entry: name,
    });
  }
  return normalisePath(unified);
}

function openZip(bytes: Uint8Array, file: string): Promise<ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Names are checked by safeEntryPath, which reports them; yauzl's own check only rejects.
  const options = {
    lazyEntries: true,
    validateEntrySizes: true,
    strictFileNames: false,
    decodeStrings: true,
  };
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, options, (error, zip) => {
      if (error === null) resolve(zip);
      else reject(fromZipError(error, file));
    });
  });
}

/** Inflates one entry, stopping as soon as it passes `budget` bytes (null then). */
async function readEntry(zip: ZipFile, entry: Entry, budget: number): Promise<Buffer | null> {
  return (await countEntryBytes(zip, entry, budget, true))?.bytes ?? null;
}

function fromZipError(error: unknown, file: string): TelaahError {
  if (error instanceof TelaahError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const entry = /absolute path: (.*)|invalid relative path: (.*)/u.exec(message);
  if (entry) {
    const name = entry[1] ?? entry[2] ?? message;
    return new TelaahError(
      'exchange_unsafe_entry',
      `“${file}” contains an unsafe entry: ${name}.`,
      {
        file,
        entry: name,
      },
    );
  }
  return malformed(file, 'REFI-QDA project', `its ZIP structure is broken (${message})`);
}

function tooLarge(file: string, limit: string): TelaahError {
  return new TelaahError(
    'exchange_too_large',
    `“${file}” is too large to import (limit: ${limit}).`,
    {
      file,
      limit,
    },
  );
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
