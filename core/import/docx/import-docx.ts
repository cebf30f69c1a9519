import { parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { domToDoc } from '../html/dom-to-doc';
import { elementText, findElement } from '../html/html-to-doc';
import type { ImportedDocument, SourceFile } from '../imported-document';
import { normalizeLanguage } from '../language-guess';
import { checkDocxSignature } from './check-docx-signature';
import { docxDamaged } from './docx-errors';
import { DOCX_STYLE_MAP } from './docx-style-map';
import { inspectDocxZip } from './inspect-docx-zip';
import { readCoreProperties } from './read-core-properties';
import { rewriteFootnotes } from './rewrite-footnotes';

/** Images are not part of the text; skipping them also keeps mammoth from inflating them. */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Imports a Word document. The archive is checked entry by entry (names, sizes, ratios, actual
 * inflated bytes) before mammoth reads it; mammoth's HTML then goes through the same
 * whitelisting converter as web pages. Headers, footers and comments are not converted.
 */
export async function importDocx(file: SourceFile): Promise<ImportedDocument> {
  checkDocxSignature(file.bytes, file.name);
  const facts = await inspectDocxZip(file.bytes, file.name);
  const buffer = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  const result = await mammoth
    .convertToHtml(
      { buffer },
      {
        styleMap: DOCX_STYLE_MAP,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: noImages,
      },
    )
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      throw docxDamaged(file.name, `its content could not be read (${detail})`);
    });
  const dom = parseDocument(result.value, { decodeEntities: true });
  rewriteFootnotes(dom);
  const properties = readCoreProperties(facts.coreXml);
  const heading = findElement(dom.children, 'h1');
  return {
    kind: 'docx',
    title: properties.title ?? elementText(heading) ?? file.name.replace(/\.docx$/i, ''),
    doc: domToDoc(dom),
    language: normalizeLanguage(properties.language),
    notes: [],
    pageCount: null,
  };
}
