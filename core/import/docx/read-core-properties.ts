/** The document properties Telaah uses from docProps/core.xml. */
export interface CoreProperties {
  title: string | null;
  language: string | null;
}

/**
 * Reads dc:title and dc:language from core.xml with a regular expression: the part is tiny and
 * this never expands entities declared in a DTD, so it cannot be made to blow up.
 */
export function readCoreProperties(coreXml: string | null): CoreProperties {
  if (coreXml === null) return { title: null, language: null };
  return { title: element(coreXml, 'dc:title'), language: element(coreXml, 'dc:language') };
}

function element(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  const text = decodeXmlText(match?.[1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 0 ? text : null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return fromCodePoint(Number.parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return fromCodePoint(Number.parseInt(ref.slice(1), 10), whole);
    return NAMED[ref] ?? whole;
  });
}

function fromCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}
