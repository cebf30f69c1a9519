import { TelaahError } from '../errors';
import { toCanonicalText } from '../text/to-canonical-text';
import { detectSourceKind } from './detect-source-kind';
import type { ImportedDocument, SourceFile, SourceKind } from './imported-document';

/** Sources above this size are refused before any parsing. */
export const MAX_SOURCE_BYTES = 200 * 1024 * 1024;

export interface ImportSourceOptions {
  /** Password for an encrypted PDF. */
  password?: string;
}

// Loaded on demand: pdf.js and mammoth are heavy, and most commands never import a file.
const IMPORTERS: Record<
  SourceKind,
  (file: SourceFile, options: ImportSourceOptions) => Promise<ImportedDocument>
> = {
  pdf: async (file, options) => (await import('./pdf/import-pdf')).importPdf(file, options),
  docx: async (file) => (await import('./docx/import-docx')).importDocx(file),
  html: async (file) => (await import('./html/import-html')).importHtml(file),
  markdown: async (file) => (await import('./markdown/import-markdown')).importMarkdown(file),
  txt: async (file) => (await import('./txt/import-txt')).importTxt(file),
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
