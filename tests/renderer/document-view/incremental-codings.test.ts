import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { piecesIn } from '../../../renderer/features/document-view/coding-painter';
import { changedRanges, changedSpan, type VersionedRange } from '../../../renderer/ui/changed-span';
import { createCodedRangeIndex } from '../../../renderer/ui/coded-range-index';
import { toSegments, type CodingPiece } from '../../../renderer/ui/to-segments';

const TEXT = 400;

const aRange = (id: string): fc.Arbitrary<VersionedRange> =>
  fc
    .record({
      start: fc.integer({ min: 0, max: TEXT - 1 }),
      length: fc.integer({ min: 0, max: 60 }),
      codeIds: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 3 }),
      v: fc.nat(3),
    })
    .map(({ start, length, codeIds, v }) => ({
      id,
      start,
      end: Math.min(TEXT, start + length),
      codeIds,
      version: `${start}:${length}:${codeIds.join()}:${v}`,
    }));

const rangesArb = (prefix: string): fc.Arbitrary<VersionedRange[]> =>
  fc
    .array(fc.nat(30), { maxLength: 30 })
    .chain((ids) => fc.tuple(...[...new Set(ids)].map((n) => aRange(`${prefix}${n}`))));

/** An edit: some ranges removed, some changed (same id), some added. */
const editArb = fc
  .tuple(rangesArb('s'), rangesArb('s'), rangesArb('n'), fc.array(fc.boolean(), { maxLength: 30 }))
  .map(([before, changes, added, keep]) => {
    const changed = new Map(changes.map((r) => [r.id, r]));
    const after = before
      .filter((_, i) => keep[i] ?? true)
      .map((r) => changed.get(r.id) ?? r)
      .concat(added);
    return { before, after };
  });

const full = (rows: readonly VersionedRange[]): CodingPiece[] =>
  toSegments(createCodedRangeIndex(rows).ranges);

/** The incremental redraw: old pieces outside the changed span, new pieces inside it. */
function incremental(before: VersionedRange[], after: VersionedRange[]): CodingPiece[] {
  const beforeIndex = createCodedRangeIndex(before);
  const afterIndex = createCodedRangeIndex(after);
  const byId = (rows: VersionedRange[]) => new Map(rows.map((r) => [r.id, r]));
  const span = changedSpan(changedRanges(byId(before), byId(after)), beforeIndex, afterIndex);
  const old = toSegments(beforeIndex.ranges);
  if (!span) return old;
  const outside = old.filter((p) => p.end <= span.start || p.start >= span.end);
  return [...outside, ...piecesIn(afterIndex, span)].sort((a, b) => a.start - b.start);
}

describe('incremental coding pieces', () => {
  it('equals a full rebuild when ranges are added, changed and removed at random', () => {
    fc.assert(
      fc.property(editArb, ({ before, after }) => {
        expect(incremental(before, after)).toEqual(full(after));
      }),
      { numRuns: 500 },
    );
  });

  it('redraws only around the change when one range is added', () => {
    const before = [
      { id: 'a', start: 0, end: 10, codeIds: ['x'], version: '1' },
      { id: 'b', start: 100, end: 120, codeIds: ['x'], version: '1' },
      { id: 'c', start: 110, end: 130, codeIds: ['y'], version: '1' },
      { id: 'd', start: 300, end: 310, codeIds: ['x'], version: '1' },
    ];
    const after = [...before, { id: 'e', start: 125, end: 140, codeIds: ['z'], version: '1' }];
    const byId = (rows: VersionedRange[]) => new Map(rows.map((r) => [r.id, r]));
    const span = changedSpan(
      changedRanges(byId(before), byId(after)),
      createCodedRangeIndex(before),
      createCodedRangeIndex(after),
    );
    expect(span).toEqual({ start: 110, end: 140 });
  });
});

describe('createCodedRangeIndex', () => {
  it('finds exactly the ranges that share a character with the query', () => {
    fc.assert(
      fc.property(rangesArb('r'), fc.nat(TEXT), fc.nat(80), (rows, start, length) => {
        const end = start + length;
        const found = createCodedRangeIndex(rows)
          .overlapping(start, end)
          .map((r) => r.id);
        const expected = rows
          .filter((r) => r.end > r.start && r.start < end && r.end > start)
          .map((r) => r.id);
        expect([...found].sort()).toEqual([...expected].sort());
      }),
    );
  });
});
