import { TelaahError } from '../errors';
import { legacyDoc } from './docx/docx-errors';
import type { SourceFile, SourceKind } from './imported-document';

/** What the first bytes of a file say it is, whatever its name claims. */
export type ContentSignature = 'pdf' | 'zip' | 'ole2' | 'png' | 'jpeg' | 'gif' | 'unknown';

const SIGNATURES: readonly [ContentSignature, readonly number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
];

const DESCRIPTIONS: Record<ContentSignature, string> = {
  pdf: 'a PDF document',
  zip: 'a ZIP archive',
  ole2: 'an old Microsoft Office 97–2003 file',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  unknown: 'not a recognised document format',
};

/** Reads the magic bytes at the start of a file. */
export function sniffContent(bytes: Uint8Array): ContentSignature {
  for (const [signature, magic] of SIGNATURES) {
    if (magic.every((byte, i) => bytes[i] === byte)) return signature;
  }
  return 'unknown';
}

/** A phrase for messages: “a PNG image”, “a PDF document”… */
export function describeContent(signature: ContentSignature): string {
  return DESCRIPTIONS[signature];
}

/**
 * Decides which importer reads a file: magic bytes first, the extension second. Refuses files
 * whose content contradicts a document type (an image named .pdf, an old .doc named .docx).
 */
export function detectSourceKind(file: SourceFile): SourceKind {
  const extension = extensionOf(file.name);
  if (file.bytes.length === 0) {
    throw new TelaahError('import_empty_file', `“${file.name}” is empty (0 bytes).`, {
      file: file.name,
    });
  }
  const signature = sniffContent(file.bytes);
  switch (signature) {
    case 'pdf':
      return 'pdf';
    case 'zip':
      return detectZip(file, extension);
    case 'ole2':
      throw legacyDoc(file.name, extension === 'docx');
    case 'png':
    case 'jpeg':
    case 'gif':
      throw imageError(file.name, extension, signature);
    case 'unknown':
      return detectText(file, extension);
  }
}

function detectZip(file: SourceFile, extension: string): SourceKind {
  if (zipHasEntryName(file.bytes, 'word/document.xml')) return 'docx';
  const what =
    extension === 'docx' ? 'a ZIP archive without a Word document inside' : 'a ZIP archive';
  throw new TelaahError(
    'import_unsupported_type',
    `“${file.name}” is ${what}, not a document Telaah can import. Telaah imports PDF, Word (.docx), HTML, Markdown and plain-text files.`,
    { file: file.name, reason: what },
  );
}

/** ZIP entry names are stored uncompressed, so a byte search finds the Word main part. */
function zipHasEntryName(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');
}

function detectText(file: SourceFile, extension: string): SourceKind {
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  const head = Buffer.from(file.bytes.subarray(0, 1024))
    .toString('latin1')
    .replace(/^\uFEFF|^ï»¿/, '');
  if (/^\s*(<!doctype html|<html[\s>])/i.test(head)) return 'html';
  if (extension === 'pdf') {
    throw new TelaahError(
      'import_not_pdf',
      `“${file.name}” is named .pdf but is not a PDF: it does not start with the PDF signature. Open it in the program that made it and export it as PDF again.`,
      { file: file.name, content: describeContent('unknown') },
    );
  }
  if (extension === 'docx') return 'docx'; // importDocx says what the content really is
  return 'txt';
}

function imageError(fileName: string, extension: string, signature: ContentSignature): TelaahError {
  const what = describeContent(signature);
  if (extension === 'pdf') {
    return new TelaahError(
      'import_not_pdf',
      `“${fileName}” is named .pdf but is not a PDF: its content is ${what}. Telaah imports text documents; scan or convert the image to a PDF with text first.`,
      { file: fileName, content: what },
    );
  }
  return new TelaahError(
    'import_unsupported_type',
    `“${fileName}” is ${what}. Telaah imports PDF, Word (.docx), HTML, Markdown and plain-text files.`,
    { file: fileName, reason: what },
  );
}

function extensionOf(name: string): string {
  const match = /\.([^./\\]+)$/.exec(name);
  return match?.[1]?.toLowerCase() ?? '';
}
