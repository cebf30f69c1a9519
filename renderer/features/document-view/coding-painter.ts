import {
  changedRanges,
  changedSpan,
  type TextSpan,
  type VersionedRange,
} from '../../ui/changed-span';
import { createCodedRangeIndex, type CodedRangeIndex } from '../../ui/coded-range-index';
import type { OffsetMap } from '../../ui/offset-map';
import { toSegments, type CodedRange, type CodingPiece } from '../../ui/to-segments';
import type { BlockBounds } from './block-bounds';
import { codingDecorationSpecs, type CodingDecorationSpec } from './coding-decoration-specs';

/** Decorations for one span of the canonical text: replace what is drawn there by `specs`. */
export interface CodingPatch extends TextSpan {
  specs: CodingDecorationSpec[];
}

/** New rows for the painter: `base` the segment rows (large), `extra` the pending ones (few). */
export interface PainterRows {
  base?: readonly VersionedRange[];
  extra?: readonly VersionedRange[];
}

/** The coding pieces inside a span, cut from the ranges of the index that overlap it. */
export function piecesIn(index: CodedRangeIndex, span: TextSpan): CodingPiece[] {
  return toSegments(index.overlapping(span.start, span.end)).filter(
    (p) => p.start >= span.start && p.end <= span.end,
  );
}

const byId = (rows: readonly VersionedRange[]): Map<string, VersionedRange> =>
  new Map(rows.map((r) => [r.id, r]));

/** Two lists in start order merged into one, the first list's range first on a tie. */
function mergeByStart(a: readonly CodedRange[], b: readonly CodedRange[]): CodedRange[] {
  if (b.length === 0) return [...a];
  const out: CodedRange[] = [];
  let j = 0;
  for (const range of a) {
    for (; j < b.length && (b[j]?.start ?? 0) < range.start; j++) out.push(b[j] as CodedRange);
    out.push(range);
  }
  return out.concat(b.slice(j));
}

/** The segment index plus a few pending rows, queried as one index (pending after on ties). */
function withExtra(base: CodedRangeIndex, extra: readonly VersionedRange[]): CodedRangeIndex {
  if (extra.length === 0) return base;
  const sorted = [...extra].sort((a, b) => a.start - b.start);
  return {
    get ranges() {
      return mergeByStart(base.ranges, sorted);
    },
    overlapping: (start, end) =>
      mergeByStart(
        base.overlapping(start, end),
        sorted.filter((r) => r.end > r.start && r.start < end && r.end > start),
      ),
  };
}

/**
 * Remembers the rows last drawn so new rows redraw only the span their changes touch (diff by id
 * and version, then an interval query). Pending rows change alone without touching the segment
 * index, so drawing one costs a few small steps, not a pass over every segment.
 */
export function createCodingPainter(
  map: OffsetMap,
  colorOf: (codeId: string) => string,
  blocks: BlockBounds,
) {
  let base = new Map<string, VersionedRange>();
  let baseIndex = createCodedRangeIndex([]);
  let extra: readonly VersionedRange[] = [];
  let index = baseIndex;
  const specsOf = (pieces: readonly CodingPiece[]): CodingDecorationSpec[] =>
    codingDecorationSpecs(pieces, map, colorOf, blocks);
  const adopt = (rows: PainterRows): CodedRange[] => {
    const changed: CodedRange[] = [];
    if (rows.base) {
      const next = byId(rows.base);
      changed.push(...changedRanges(base, next));
      base = next;
      baseIndex = createCodedRangeIndex(rows.base);
    }
    if (rows.extra) {
      changed.push(...changedRanges(byId(extra), byId(rows.extra)));
      extra = rows.extra;
    }
    index = withExtra(baseIndex, extra);
    return changed;
  };
  return {
    specsOf,
    /** How many rows are drawn now. */
    size: (): number => base.size + extra.length,
    /** Every piece of these rows, in text order (specs are made by the caller, in chunks). */
    all(rows: PainterRows): CodingPiece[] {
      adopt(rows);
      return toSegments(index.ranges);
    },
    /**
     * Adopts these rows and returns the pieces of the text's first `limit` characters or a little
     * more: up to `end`, the end of the last range reaching into them, which is a piece boundary.
     */
    head(rows: PainterRows, limit: number): { end: number; pieces: CodingPiece[] } {
      adopt(rows);
      const end = Math.max(limit, ...index.overlapping(0, limit).map((r) => r.end));
      return { end, pieces: piecesIn(index, { start: 0, end }) };
    },
    /** The pieces from this offset on (a piece boundary given by `head`). */
    rest(from: number): CodingPiece[] {
      return toSegments(index.overlapping(from, Infinity)).filter((p) => p.start >= from);
    },
    /** The redraw for new rows, or null when nothing that shows has changed. */
    patch(rows: PainterRows): CodingPatch | null {
      const before = index;
      const span = changedSpan(adopt(rows), before, index);
      return span && { ...span, specs: specsOf(piecesIn(index, span)) };
    },
  };
}

export type CodingPainter = ReturnType<typeof createCodingPainter>;
