import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { PmNode } from '../../text/pm-node';
import { domToDoc } from './dom-to-doc';

/** A converted HTML page: the document and what the page says about itself. */
export interface HtmlConversion {
  doc: PmNode;
  /** From <title>, else the first <h1>; null when neither has text. */
  title: string | null;
  /** The <html lang> attribute as written, or null. */
  language: string | null;
}

/** Parses HTML (never executing or fetching anything) and converts it to a tiptap document. */
export function htmlToDoc(html: string): HtmlConversion {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const htmlElement = findElement(dom.children, 'html');
  const lang = htmlElement?.attribs.lang?.trim();
  return {
    doc: domToDoc(dom),
    title:
      elementText(findElement(dom.children, 'title')) ??
      elementText(findElement(dom.children, 'h1')),
    language: lang === undefined || lang.length === 0 ? null : lang,
  };
}

/** The first element with the given name, depth first. */
export function findElement(nodes: readonly AnyNode[], name: string): Element | undefined {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === name) return node;
    const found = findElement(node.children, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The element's text with white space collapsed, or null when it has none. */
export function elementText(element: Element | undefined): string | null {
  if (element === undefined) return null;
  const text = collectText(element.children).replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}

function collectText(nodes: readonly AnyNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (isText(node)) text += node.data;
    else if (isTag(node) && node.name !== 'script' && node.name !== 'style') {
      text += collectText(node.children);
    }
  }
  return text;
}
