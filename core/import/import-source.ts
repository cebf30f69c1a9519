import { TelaahError } from '../errors';
import { toCanonicalText } from '../text/to-canonical-text';
import { detectSourceKind } from './detect-source-kind';
import { importDocx } from './docx/import-docx';
import { importHtml } from './html/import-html';
import type { ImportedDocument, SourceFile, SourceKind } from './imported-document';
import { importMarkdown } from './markdown/import-markdown';
import { importPdf } from './pdf/import-pdf';
import { importTxt } from './txt/import-txt';

/** Sources above this size are refused before any parsing. */
export const MAX_SOURCE_BYTES = 200 * 1024 * 1024;

export interface ImportSourceOptions {
  /** Password for an encrypted PDF. */
  password?: string;
}

const IMPORTERS: Record<
  SourceKind,
  (file: SourceFile, options: ImportSourceOptions) => Promise<ImportedDocument>
> = {
  pdf: (file, options) => importPdf(file, options),
  docx: (file) => importDocx(file),
  html: (file) => importHtml(file),
  markdown: (file) => importMarkdown(file),
  txt: (file) => importTxt(file),
};

/**
 * Converts one source file to a document: refuses oversized files, detects the type from the
 * content (then the name), runs the matching importer, and refuses a result without text.
 */
export async function importSource(
  file: SourceFile,
  options: ImportSourceOptions = {},
): Promise<ImportedDocument> {
  if (file.bytes.length > MAX_SOURCE_BYTES) {
    throw new TelaahError(
      'import_file_too_large',
      `“${file.name}” is too large to import (limit 200 MB).`,
      {
        file: file.name,
        limit: '200 MB',
      },
    );
  }
  const kind = detectSourceKind(file);
  const imported = await IMPORTERS[kind](file, options);
  if (toCanonicalText(imported.doc).text.trim().length === 0) {
    throw new TelaahError(
      'import_no_text',
      `“${file.name}” contains no text to import. If it is a scan, run text recognition (OCR) on it first.`,
      { file: file.name },
    );
  }
  return imported;
}
