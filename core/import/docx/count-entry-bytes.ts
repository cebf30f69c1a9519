import type { Entry, ZipFile } from 'yauzl';

/**
 * Inflates one entry while counting its bytes, and stops as soon as the budget is passed.
 * Returns null when it was passed; the bytes and their UTF-8 text only when `keep` is set.
 */
export function countEntryBytes(
  zip: ZipFile,
  entry: Entry,
  budget: number,
  keep: boolean,
): Promise<{ size: number; text: string | null; bytes: Buffer | null } | null> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error !== null) {
        reject(error);
        return;
      }
      let size = 0;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.destroy();
          resolve(null);
          return;
        }
        if (keep) chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => {
        const bytes = keep ? Buffer.concat(chunks) : null;
        resolve({ size, text: bytes === null ? null : bytes.toString('utf8'), bytes });
      });
    });
  });
}

/** The archive's next entry (null at the end); a read error is mapped by `toError`. */
export function nextEntry(zip: ZipFile, toError: (error: unknown) => Error): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.removeAllListeners('entry');
      zip.removeAllListeners('end');
      zip.removeAllListeners('error');
    };
    zip.once('entry', (entry: Entry) => {
      cleanup();
      resolve(entry);
    });
    zip.once('end', () => {
      cleanup();
      resolve(null);
    });
    zip.once('error', (error: unknown) => {
      cleanup();
      reject(toError(error));
    });
    zip.readEntry();
  });
}
