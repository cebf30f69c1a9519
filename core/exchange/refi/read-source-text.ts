import type { RefiZip } from './read-refi-zip';
import { normalisePath } from './read-refi-zip';

/** Decodes a source text file: UTF-8 (BOM or not), or UTF-16 with a BOM. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Whether a source path points inside the archive (`internal://…`) rather than outside it. */
export function isInternalPath(path: string): boolean {
  return /^internal:\/\//iu.test(path.trim());
}

/**
 * Finds the file a source path points to inside the archive, tolerating the dialects tools
 * write: `internal://x.txt`, `internal://sources/x.txt`, backslashes, `Sources/` or `sources/`,
 * a leading `./`, and any letter case. Paths outside the archive (`relative://`, `file://`,
 * absolute) are not followed. `baseDir` is the folder of the .qde inside the archive.
 */
export function findSourceFile(
  zip: RefiZip | null,
  path: string,
  baseDir = '',
): Buffer | undefined {
  if (zip === null) return undefined;
  const match = /^internal:\/\/(.*)$/iu.exec(path.trim());
  if (!match?.[1]) return undefined;
  let inner = match[1];
  try {
    inner = decodeURIComponent(inner);
  } catch {
    // a literal % stays as written
  }
  const clean = normalisePath(inner);
  if (clean.split('/').includes('..')) return undefined;
  const base = baseDir === '' ? '' : `${baseDir}/`;
  return (
    zip.get(`${base}sources/${clean}`) ??
    zip.get(`${base}${clean}`) ??
    zip.get(`sources/${clean}`) ??
    zip.get(clean)
  );
}
