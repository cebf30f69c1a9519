import { describe, expect, it } from 'vitest';
import { IdLookup } from '../../../../../core/analysis/network/id-lookup';

describe('IdLookup', () => {
  it('finds each known id inside a larger text and -1 for unknown ones', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `kode-${i}`);
    const lookup = new IdLookup(ids.map((id, i) => [id, i * 3]));
    const text = `;${ids.join(';')};`;
    let at = 1;
    ids.forEach((id, i) => {
      expect(lookup.find(text, at, at + id.length)).toBe(i * 3);
      at += id.length + 1;
    });
    expect(lookup.find('x kode-500 x', 2, 10)).toBe(-1);
    expect(lookup.find('kode-1', 0, 5)).toBe(-1);
    expect(lookup.find('', 0, 0)).toBe(-1);
  });

  it('keeps the last value set for an id', () => {
    const lookup = new IdLookup([['a', 1]]);
    lookup.set('a', 2);
    expect(lookup.find('a', 0, 1)).toBe(2);
  });
});
