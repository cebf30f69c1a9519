import type { CodedRange } from './to-segments';

/** Coded ranges sorted by start, with a running maximum of ends, for overlap queries. */
export interface CodedRangeIndex {
  readonly ranges: readonly CodedRange[];
  /** Every range that overlaps [start, end) (shares at least one character), in start order. */
  overlapping(start: number, end: number): CodedRange[];
}

export function createCodedRangeIndex(ranges: readonly CodedRange[]): CodedRangeIndex {
  const sorted = isSortedByStart(ranges) ? ranges : [...ranges].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const range of sorted) {
    max = Math.max(max, range.end);
    maxEnd.push(max);
  }
  const overlapping = (start: number, end: number): CodedRange[] => {
    // Ranges from `hi` on start at or after `end`; scan down while some earlier range can reach.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid]?.start ?? 0) < end) lo = mid + 1;
      else hi = mid;
    }
    const out: CodedRange[] = [];
    for (let i = lo - 1; i >= 0 && (maxEnd[i] ?? 0) > start; i--) {
      const range = sorted[i];
      if (range && range.end > start && range.end > range.start) out.push(range);
    }
    return out.reverse();
  };
  return { ranges: sorted, overlapping };
}

function isSortedByStart(ranges: readonly CodedRange[]): boolean {
  for (let i = 1; i < ranges.length; i++) {
    if ((ranges[i - 1]?.start ?? 0) > (ranges[i]?.start ?? 0)) return false;
  }
  return true;
}
