import type { IncomingCode } from '../codebook/codebook-entry';
import { readDescription } from '../codebook/describe-code';
import { normaliseGuid } from './normalise-guid';
import { kid, kids, type XmlElement } from './parse-refi-xml';

const COLOR = /^#([0-9a-f]{6}|[0-9a-f]{3})([0-9a-f]{2})?$/iu;

/** The codes under a `<Codes>` element, parents before children, with their paths. */
export function readCodes(codesElement: XmlElement | undefined): IncomingCode[] {
  const out: IncomingCode[] = [];
  const walk = (element: XmlElement, parent: string[]): void => {
    for (const code of kids(element, 'Code')) {
      // a "/" would read as a level of the tree in our paths
      const name = (code.attrs.name ?? '').replaceAll('/', '-').trim() || '(unnamed)';
      const path = [...parent, name];
      const texts = readDescription(kid(code, 'Description')?.text ?? '');
      const codable = code.attrs.isCodable;
      out.push({
        guid: normaliseGuid(code.attrs.guid),
        path,
        ...colorOf(code.attrs.color),
        ...(codable === undefined ? {} : { codable: codable === 'true' || codable === '1' }),
        ...texts,
      });
      walk(code, path);
    }
  };
  if (codesElement) walk(codesElement, []);
  return out;
}

/** A #RRGGBB colour; #RGB is expanded and an alpha channel (#RRGGBBAA) dropped. */
function colorOf(raw: string | undefined): { color?: string } {
  const match = COLOR.exec(raw?.trim() ?? '');
  if (!match?.[1]) return {};
  const hex = match[1].length === 3 ? match[1].replace(/./gu, '$&$&') : match[1];
  return { color: `#${hex.toLowerCase()}` };
}
