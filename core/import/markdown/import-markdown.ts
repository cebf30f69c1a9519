import MarkdownIt from 'markdown-it';
import { htmlToDoc } from '../html/html-to-doc';
import type { ImportedDocument, SourceFile } from '../imported-document';
import { decodeText } from '../txt/decode-text';

/** Raw HTML in Markdown is shown as text, never rendered; bare URLs stay plain text. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Imports a Markdown file through HTML and the same whitelisting converter as web pages. */
export function importMarkdown(file: SourceFile): Promise<ImportedDocument> {
  return Promise.resolve().then(() => {
    const { text, notes } = decodeText(file.bytes, file.name);
    const { doc, title } = htmlToDoc(markdown.render(text));
    return {
      kind: 'markdown' as const,
      title: title ?? file.name.replace(/\.(md|markdown)$/i, ''),
      doc,
      language: null,
      notes,
      pageCount: null,
    };
  });
}
