import type { ExportedFile } from '../api/exported-file';

export type { ExportedFile };

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  xml: 'application/xml',
  qdc: 'application/xml',
  qdpx: 'application/zip',
} as const;

export type ExportExtension = keyof typeof MIME_TYPES;

/** Wraps bytes or text (written as UTF-8) as an exported file named `<baseName>.<extension>`. */
export function toExportedFile(
  content: Uint8Array | string,
  baseName: string,
  extension: ExportExtension,
): ExportedFile {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return {
    fileName: `${safeFileName(baseName)}.${extension}`,
    mimeType: MIME_TYPES[extension],
    base64: bytes.toString('base64'),
  };
}

/** A file name without path separators or characters Windows refuses. */
export function safeFileName(name: string): string {
  const clean = name
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 120);
  return clean === '' ? 'telaah-export' : clean;
}
