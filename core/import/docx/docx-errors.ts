import { TelaahError } from '../../errors';

/** The file cannot be read as a Word document; `why` says what is wrong in plain words. */
export function docxDamaged(fileName: string, why: string): TelaahError {
  return new TelaahError(
    'import_docx_damaged',
    `“${fileName}” is not a valid Word document (.docx): ${why}. Open it in Word or LibreOffice, save it again as .docx, and import that.`,
    { file: fileName, reason: why },
  );
}

/** The archive would inflate to far more than any real document. */
export function zipBomb(fileName: string): TelaahError {
  return new TelaahError(
    'import_zip_bomb',
    `“${fileName}” is too large when decompressed (over 64 MB of document content, or compressed suspiciously well). It was not opened, to protect your computer.`,
    { file: fileName, limit: '64 MB' },
  );
}

/** An old binary Word file (OLE2), which Telaah cannot read. */
export function legacyDoc(fileName: string, namedDocx: boolean): TelaahError {
  const named = namedDocx ? ' with a .docx name' : '';
  return new TelaahError(
    'import_legacy_doc',
    `“${fileName}” is an old Word 97–2003 document (.doc)${named}. Open it in Word or LibreOffice, save it as .docx, and import that.`,
    { file: fileName },
  );
}
