import { TelaahError } from '../../errors';
import type { SourceFile } from '../imported-document';

const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (for example a Word .docx file)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office file (for example a Word .doc file)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x25, 0x21, 0x50, 0x53], 'a PostScript file'],
];

/**
 * Rejects what is plainly not a whole PDF before pdf.js sees it: an empty file, another format
 * under a .pdf name (told by its magic bytes), or a file cut short before its cross-reference
 * trailer, which pdf.js would otherwise half-recover.
 */
export function checkPdfBytes(file: SourceFile): void {
  const { bytes, name } = file;
  if (bytes.length === 0) {
    throw new TelaahError(
      'import_empty_file',
      `“${name}” is empty (0 bytes). There is nothing to import.`,
      {
        file: name,
      },
    );
  }
  const head = latin1(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    const what = SIGNATURES.find(([magic]) => magic.every((b, i) => bytes[i] === b))?.[1];
    const actual =
      what ?? (looksLikeText(bytes) ? 'plain text' : 'of a kind Telaah does not recognise');
    throw new TelaahError(
      'import_not_pdf',
      `“${name}” is not a PDF file: its content is ${actual}, whatever its name says. ` +
        'Import the original file in its own format, or export it as PDF first.',
      { file: name, actual },
    );
  }
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 4096)));
  if (!tail.includes('%%EOF') || !tail.includes('startxref')) {
    throw new TelaahError(
      'import_pdf_damaged',
      `“${name}” is damaged or incomplete: the end of the PDF is missing, as happens when a ` +
        'download or copy was cut off. Download or copy the file again and import the new copy.',
      { file: name },
    );
  }
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  return sample.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
}
