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
    ['QualCoder 3.5', 'codepoint', false],
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
});

describe('codePointMapper', () => {
  it('counts an astral character as one code point', () => {
    const text = 'a😀b';
    const map = codePointMapper(text);
    expect([0, 1, 3, 4].map(map)).toEqual([0, 1, 2, 3]);
  });
});
