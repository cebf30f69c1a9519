import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSegments, type CodedRange } from '../../../renderer/ui/to-segments';

const range = (id: string, start: number, end: number, codeIds: string[]): CodedRange => ({
  id,
  start,
  end,
  codeIds,
});

describe('toSegments', () => {
  it('returns one piece per range when ranges do not overlap', () => {
    expect(toSegments([range('a', 0, 5, ['x']), range('b', 7, 9, ['y'])])).toEqual([
      { start: 0, end: 5, segmentIds: ['a'], codeIds: ['x'] },
      { start: 7, end: 9, segmentIds: ['b'], codeIds: ['y'] },
    ]);
  });

  it('cuts overlapping ranges into pieces carrying every covering code', () => {
    expect(toSegments([range('a', 0, 10, ['x']), range('b', 5, 15, ['y', 'x'])])).toEqual([
      { start: 0, end: 5, segmentIds: ['a'], codeIds: ['x'] },
      { start: 5, end: 10, segmentIds: ['a', 'b'], codeIds: ['x', 'y'] },
      { start: 10, end: 15, segmentIds: ['b'], codeIds: ['y', 'x'] },
    ]);
  });

  it('handles nested and touching ranges and ignores empty ones', () => {
    const pieces = toSegments([
      range('outer', 0, 20, ['x']),
      range('inner', 5, 8, ['y']),
      range('next', 20, 25, ['z']),
      range('empty', 3, 3, ['w']),
    ]);
    expect(pieces.map((p) => [p.start, p.end, p.segmentIds.join('+')])).toEqual([
      [0, 5, 'outer'],
      [5, 8, 'outer+inner'],
      [8, 20, 'outer'],
      [20, 25, 'next'],
    ]);
  });

  it('covers exactly the union of the ranges, each piece with exactly its covering ranges', () => {
    const arb = fc.array(
      fc
        .tuple(fc.nat(60), fc.nat(20), fc.subarray(['x', 'y', 'z'], { minLength: 1 }))
        .map(([s, len, codes]) => ({ s, e: s + len, codes })),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const ranges = specs.map((r, i) => range(`r${i}`, r.s, r.e, r.codes));
        const pieces = toSegments(ranges);
        for (let i = 1; i < pieces.length; i++) {
          expect(pieces[i]!.start).toBeGreaterThanOrEqual(pieces[i - 1]!.end);
        }
        for (let at = 0; at < 85; at++) {
          const covering = ranges.filter((r) => r.start <= at && at < r.end).map((r) => r.id);
          const piece = pieces.find((p) => p.start <= at && at < p.end);
          expect(piece?.segmentIds ?? []).toEqual(covering);
        }
      }),
    );
  });
});
