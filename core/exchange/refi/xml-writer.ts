/** An element to write: attributes (undefined ones are left out), then children or text. */
export interface XmlNode {
  name: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: (XmlNode | null)[];
  text?: string;
}

// eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry at all
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

function escapeText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

function escapeAttr(text: string): string {
  // Line ends and tabs in attributes would be normalised to spaces by readers: keep them as refs.
  return escapeText(text)
    .replaceAll('"', '&quot;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');
}

/** Serialises a tree as indented XML with the declaration. */
export function writeXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${writeNode(root, '')}\n`;
}

function writeNode(node: XmlNode, indent: string): string {
  const attrs = Object.entries(node.attrs ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  const children = (node.children ?? []).filter((c): c is XmlNode => c !== null);
  if (node.text !== undefined) {
    return `${indent}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`;
  }
  if (children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  const inner = children.map((c) => writeNode(c, `${indent}  `)).join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}
