import { describe, expect, it } from 'vitest';
import { parseQueryText } from '../../../../../core/analysis/retrieval/parse-query-text';

const id = (ref: string): string => `id:${ref}`;

describe('parseQueryText', () => {
  it('applies operators left to right, with quoted paths and Indonesian words', () => {
    expect(parseQueryText('"culture/bahasa lokal" ATAU norm TANPA obstacle', id)).toEqual({
      op: 'not',
      left: {
        op: 'or',
        operands: [
          { op: 'code', codeId: 'id:culture/bahasa lokal', includeSubcodes: true },
          { op: 'code', codeId: 'id:norm', includeSubcodes: true },
        ],
      },
      right: { op: 'code', codeId: 'id:obstacle', includeSubcodes: true },
      sameCoder: false,
    });
  });

  it('reads WITHIN with its distance and unit, and exact and same-coder options', () => {
    expect(parseQueryText('a within 3 chars of b', id, { exact: true, sameCoder: true })).toEqual({
      op: 'within',
      left: { op: 'code', codeId: 'id:a', includeSubcodes: false },
      right: { op: 'code', codeId: 'id:b', includeSubcodes: false },
      distance: 3,
      unit: 'characters',
      sameCoder: true,
    });
  });

  it('refuses a missing code, an unknown operator and a WITHIN without a unit', () => {
    expect(() => parseQueryText('a AND', id)).toThrow(/missing/u);
    expect(() => parseQueryText('a XOR b', id)).toThrow(/XOR/u);
    expect(() => parseQueryText('a WITHIN 2 b', id)).toThrow(/WITHIN/u);
  });
});
