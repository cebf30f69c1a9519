/**
 * How a tool counts REFI-QDA text positions. The standard says code points of the plain text;
 * NVivo writes UTF-16 units with CRLF as two, ATLAS.ti counts a CRLF as one character.
 */
export interface OffsetUnit {
  unit: 'codepoint' | 'utf16';
  /** Whether a CRLF in the source file counts as one position or two. */
  crlf: 'one' | 'two';
  /** A short name for reports. */
  label: string;
}

/** The offset unit used by the tool named in `<Project origin="…">`. */
export function offsetUnitFor(origin: string): OffsetUnit {
  const o = origin.toLowerCase();
  if (o.includes('nvivo')) return { unit: 'utf16', crlf: 'two', label: 'NVivo (UTF-16, CRLF = 2)' };
  if (o.includes('atlas')) {
    return { unit: 'codepoint', crlf: 'one', label: 'ATLAS.ti (code points, CRLF = 1)' };
  }
  return { unit: 'codepoint', crlf: 'two', label: 'code points' };
}

/**
 * Converts positions in a source file's raw text (as the tool counted them) to UTF-16 offsets
 * into the same text with line ends normalised to LF. Positions past the end are clamped.
 */
export function rawPositionMapper(raw: string, unit: OffsetUnit): (position: number) => number {
  // stops[i] = LF-text UTF-16 offset at the i-th position of the tool's unit.
  const stops: number[] = [];
  let lf = 0;
  for (let i = 0; i < raw.length;) {
    const code = raw.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (raw[i] === '\r' && raw[i + 1] === '\n') {
      // the CR disappears in the LF text: it is one position (or none when CRLF counts as one)
      if (unit.crlf === 'two') stops.push(lf);
      i += 1;
      continue;
    }
    const out = raw[i] === '\r' ? 1 : width;
    if (unit.unit === 'utf16')
      for (let k = 0; k < width; k += 1) stops.push(lf + (k === 0 ? 0 : width));
    else stops.push(lf);
    lf += out;
    i += width;
  }
  stops.push(lf);
  return (position) => stops[Math.max(0, Math.min(position, stops.length - 1))] ?? lf;
}

/** Maps UTF-16 offsets in `text` to code-point offsets (for export); built once per text. */
export function codePointMapper(text: string): (utf16: number) => number {
  const counts = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    counts[i] = count;
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count += 1;
  }
  counts[text.length] = count;
  return (utf16) => counts[Math.max(0, Math.min(utf16, text.length))] ?? count;
}

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count += 1;
  }
  return count;
}

/** Normalises CRLF and lone CR to LF, drops a BOM. */
export function toLf(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}
