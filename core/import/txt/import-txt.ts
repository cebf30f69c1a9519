import { TelaahError } from '../../errors';
import { toCanonicalText } from '../../text/to-canonical-text';
import type { ImportedDocument, SourceFile } from '../imported-document';
import { isPdfDump, repairPdfDump } from '../layout/repair-pdf-dump';
import { decodeText } from './decode-text';
import { plainTextToDoc } from './plain-text-to-doc';

/** Imports a plain-text file, repairing it first when it is a raw PDF-to-text dump. */
export function importTxt(file: SourceFile): Promise<ImportedDocument> {
  return Promise.resolve().then(() => convertTxt(file));
}

function convertTxt(file: SourceFile): ImportedDocument {
  if (file.bytes.length === 0) {
    throw new TelaahError('import_empty_file', `“${file.name}” is empty (0 bytes).`, {
      file: file.name,
    });
  }
  const { text, notes } = decodeText(file.bytes, file.name);
  if (text.trim().length === 0) throw emptyError(file.name);
  const dump = isPdfDump(text);
  const doc = dump ? repairPdfDump(text) : plainTextToDoc(text);
  if (dump) notes.push('The text looked like a PDF-to-text dump; lines and words were rejoined.');
  const firstBlock = toCanonicalText(doc).text.split('\n\n', 1)[0] ?? '';
  return {
    kind: 'txt',
    title: titleFrom(firstBlock, file.name),
    doc,
    language: null,
    notes,
    pageCount: null,
  };
}

/** A short first block reads as a title; otherwise the file name is used. */
function titleFrom(firstBlock: string, fileName: string): string {
  const line = firstBlock.trim();
  if (line.length > 0 && line.length <= 200) return line;
  return fileName.replace(/\.[^.]+$/, '');
}

function emptyError(fileName: string): TelaahError {
  return new TelaahError('import_no_text', `“${fileName}” contains no text to import.`, {
    file: fileName,
  });
}
