import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { TelaahError } from '../../errors';

/** An XML element as parsed: attributes by name, child elements by name (always arrays). */
export interface XmlElement {
  attrs: Record<string, string>;
  children: Record<string, XmlElement[]>;
  text: string;
}

type Raw = Record<string, unknown>;

const ATTRS = '@';
const TEXT = '#text';

/**
 * Parses REFI-QDA XML without any entity expansion: a DOCTYPE (the only way to declare
 * entities, internal or external) is refused outright, and only the five predefined entities
 * and numeric character references are decoded, by us. Namespace prefixes are dropped.
 */
export function parseRefiXml(xml: string, file: string, format: string): XmlElement {
  const body = xml.replace(/^\uFEFF/u, '');
  if (/<!DOCTYPE|<!ENTITY/iu.test(body)) {
    throw malformed(file, format, 'it declares a DOCTYPE or entities, which are not allowed');
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    attributesGroupName: ATTRS,
    textNodeName: TEXT,
    processEntities: false,
    htmlEntities: false,
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  let parsed: Raw;
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the split-out validator package is not a dependency
    const valid = XMLValidator.validate(body);
    if (valid !== true) throw new Error(valid.err.msg);
    parsed = parser.parse(body) as Raw;
  } catch (error) {
    throw malformed(file, format, `its XML is not well formed (${messageOf(error)})`);
  }
  const roots = Object.entries(parsed).filter(([name]) => name !== TEXT && name !== ATTRS);
  const first = roots[0];
  if (roots.length !== 1 || first === undefined) {
    throw malformed(file, format, 'it has no single root element');
  }
  const [name, value] = first;
  const element = toElement((value as unknown[])[0]);
  return { ...element, children: { ...element.children }, attrs: { ...element.attrs, '': name } };
}

function toElement(raw: unknown): XmlElement {
  const element: XmlElement = { attrs: {}, children: {}, text: '' };
  if (typeof raw === 'string') return { ...element, text: decodeEntities(raw) };
  if (raw === null || typeof raw !== 'object') return element;
  for (const [key, value] of Object.entries(raw as Raw)) {
    if (key === ATTRS) {
      for (const [name, v] of Object.entries(value as Raw)) {
        element.attrs[name] = decodeEntities(String(v));
      }
    } else if (key === TEXT) {
      element.text = decodeEntities(Array.isArray(value) ? value.join('') : String(value));
    } else {
      element.children[key] = (value as unknown[]).map(toElement);
    }
  }
  return element;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and numeric references; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** The name of the root element (namespace prefix dropped). */
export function rootName(root: XmlElement): string {
  return root.attrs[''] ?? '';
}

/** Child elements named `name`. */
export function kids(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children[name] ?? [];
}

/** The first child named `name`. */
export function kid(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return kids(element, name)[0];
}

export function malformed(file: string, format: string, detail: string): TelaahError {
  return new TelaahError(
    'exchange_malformed',
    `“${file}” is not a valid ${format} file: ${detail}.`,
    {
      file,
      format,
      detail,
    },
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
