import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import { TelaahError } from '../../errors';
import type { SourceFile } from '../imported-document';

const require = createRequire(import.meta.url);
const STANDARD_FONTS = `${pathToFileURL(path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')).href}/`;

/**
 * The getDocument options for reading text only (no font faces, no eval); standard font data is
 * needed for the widths of non-embedded fonts. Shared with the benchmark's raw baseline.
 */
export function textOnlyParams(bytes: Uint8Array, password?: string): DocumentInitParameters {
  return {
    data: bytes.slice(), // pdf.js takes ownership of the buffer it is given
    standardFontDataUrl: STANDARD_FONTS,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: true,
    verbosity: 0,
    ...(password === undefined ? {} : { password }),
  };
}

/** Opens a PDF for text extraction, turning pdf.js's exceptions into errors a researcher can act on. */
export async function openPdf(file: SourceFile, password?: string): Promise<PDFDocumentProxy> {
  const task = getDocument(textOnlyParams(file.bytes, password));
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw toTelaahError(error, file.name, password !== undefined);
  }
}

/** Maps a pdf.js failure to a TelaahError; anything unknown counts as a damaged file. */
export function toTelaahError(error: unknown, name: string, triedPassword = false): TelaahError {
  if (error instanceof TelaahError) return error;
  const errorName = error instanceof Error ? error.name : '';
  if (errorName === 'PasswordException') {
    const message = triedPassword
      ? `The password given for “${name}” is wrong. Check it and try again.`
      : `“${name}” is protected with a password. Enter the password, or open it in a PDF reader, save an unprotected copy, and import that.`;
    return new TelaahError('import_pdf_encrypted', message, {
      file: name,
      reason: triedPassword ? 'wrong_password' : 'needs_password',
    });
  }
  return new TelaahError(
    'import_pdf_damaged',
    `“${name}” is damaged and cannot be read as a PDF. Open it in a PDF reader; if it opens there, save or print it to a new PDF and import that.`,
    { file: name },
  );
}
