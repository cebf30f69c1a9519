import type { CodedRangeIndex } from './coded-range-index';
import type { CodedRange } from './to-segments';

/** A coded range with what identifies its version (e.g. updatedAt and code ids). */
export interface VersionedRange extends CodedRange {
  version: string;
}

/** A stretch of canonical text whose coding pieces must be recomputed. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Ranges added, removed or changed between two lists, compared by id and version. */
export function changedRanges(
  before: ReadonlyMap<string, VersionedRange>,
  after: ReadonlyMap<string, VersionedRange>,
): CodedRange[] {
  const changed: CodedRange[] = [];
  for (const [id, next] of after) {
    const prev = before.get(id);
    if (prev?.version === next.version) continue;
    changed.push(next);
    if (prev) changed.push(prev);
  }
  for (const [id, prev] of before) if (!after.has(id)) changed.push(prev);
  return changed;
}

/**
 * The span to redraw for these changed ranges: their hull, widened to every range (before or
 * after the change) that overlaps it. Its ends are then piece boundaries in both versions, so
 * pieces outside it are the same before and after.
 */
export function changedSpan(
  changed: readonly CodedRange[],
  before: CodedRangeIndex,
  after: CodedRangeIndex,
): TextSpan | null {
  const own = changed.filter((r) => r.end > r.start);
  if (own.length === 0) return null;
  let start = Math.min(...own.map((r) => r.start));
  let end = Math.max(...own.map((r) => r.end));
  for (const range of [...before.overlapping(start, end), ...after.overlapping(start, end)]) {
    start = Math.min(start, range.start);
    end = Math.max(end, range.end);
  }
  return { start, end };
}
