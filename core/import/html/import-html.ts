import type { ImportedDocument, SourceFile } from '../imported-document';
import { normalizeLanguage } from '../language-guess';
import { decodeText } from '../txt/decode-text';
import { htmlToDoc } from './html-to-doc';

/** Imports a saved web page: sanitised structure and text only, nothing fetched or run. */
export function importHtml(file: SourceFile): Promise<ImportedDocument> {
  return Promise.resolve().then(() => {
    const { text, notes } = decodeText(file.bytes, file.name);
    const { doc, title, language } = htmlToDoc(text);
    return {
      kind: 'html' as const,
      title: title ?? file.name.replace(/\.x?html?$/i, ''),
      doc,
      language: normalizeLanguage(language),
      notes,
      pageCount: null,
    };
  });
}
