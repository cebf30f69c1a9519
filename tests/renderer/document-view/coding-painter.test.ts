import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockBounds } from '../../../renderer/features/document-view/block-bounds';
import type { CodingDecorationSpec } from '../../../renderer/features/document-view/coding-decoration-specs';
import { createCodingPainter } from '../../../renderer/features/document-view/coding-painter';
import type { VersionedRange } from '../../../renderer/ui/changed-span';
import { createOffsetMap } from '../../../renderer/ui/offset-map';

const TEXT = 300;
// One paragraph holding the whole text: position = offset + 1.
const map = createOffsetMap([{ start: 0, text: 'x'.repeat(TEXT), pos: 1 }], TEXT);
const blocks: BlockBounds = { starts: [0], ends: [TEXT + 2] };
const colorOf = (id: string): string => ({ a: '#ff0000', b: '#00ff00' })[id] ?? '#0000ff';

const rowArb = (prefix: string) =>
  fc
    .record({
      n: fc.nat(12),
      start: fc.nat(TEXT - 1),
      length: fc.integer({ min: 1, max: 50 }),
      codeIds: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 }),
    })
    .map(({ n, start, length, codeIds }) => ({
      id: `${prefix}${n}`,
      start,
      end: Math.min(TEXT, start + length),
      codeIds,
      version: `${start}:${length}:${codeIds.join()}`,
    }));
const rowsArb = (prefix: string) =>
  fc
    .array(rowArb(prefix), { maxLength: 12 })
    .map((rows) => [...new Map(rows.map((r) => [r.id, r])).values()]);

/** What is drawn after applying patches the way the plugin does: drop the span, add the new. */
function applyPatch(
  drawn: CodingDecorationSpec[],
  patch: { start: number; end: number; specs: CodingDecorationSpec[] } | null,
): CodingDecorationSpec[] {
  if (!patch) return drawn;
  const kept = drawn.filter((d) => !(d.start >= patch.start && d.end <= patch.end));
  return [...kept, ...patch.specs].sort((x, y) => x.from - y.from || x.to - y.to);
}

describe('createCodingPainter', () => {
  it('draws the same as a full rebuild after pending rows come and the segment list follows', () => {
    fc.assert(
      fc.property(
        rowsArb('s'),
        rowsArb('p'),
        rowsArb('s'),
        (segments: VersionedRange[], pending, next) => {
          const painter = createCodingPainter(map, colorOf, blocks);
          let drawn = painter.specsOf(painter.all({ base: segments }));
          drawn = applyPatch(drawn, painter.patch({ extra: pending }));
          drawn = applyPatch(drawn, painter.patch({ base: next, extra: [] }));
          const fresh = createCodingPainter(map, colorOf, blocks);
          expect(drawn).toEqual(fresh.specsOf(fresh.all({ base: next })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws pending rows like segments with the same range and codes', () => {
    fc.assert(
      fc.property(rowsArb('s'), rowsArb('p'), (segments, pending) => {
        const painter = createCodingPainter(map, colorOf, blocks);
        let drawn = painter.specsOf(painter.all({ base: segments }));
        drawn = applyPatch(drawn, painter.patch({ extra: pending }));
        const fresh = createCodingPainter(map, colorOf, blocks);
        const full = fresh.specsOf(fresh.all({ base: segments, extra: pending }));
        expect(drawn).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });
});
