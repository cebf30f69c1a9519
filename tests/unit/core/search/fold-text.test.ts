import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../core/search/fold-text';

describe('foldText', () => {
  it('maps folded units back to the original characters when diacritics are removed', () => {
    const folded = foldText('Ré\u0301sumé');
    expect(folded.folded).toBe('resume');
    expect(folded.starts[1]).toBe(1);
    expect(folded.ends[1]).toBe(3);
  });

  it('keeps every range inside the original text for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const { folded, starts, ends } = foldText(s);
        expect(starts).toHaveLength(folded.length);
        for (let i = 0; i < folded.length; i++) {
          expect(starts[i]).toBeGreaterThanOrEqual(0);
          expect(ends[i]).toBeLessThanOrEqual(s.length);
          expect(starts[i]!).toBeLessThan(ends[i]!);
        }
      }),
    );
  });
});
