import type { TextRun } from '../../core/text/to-canonical-text';

/** Which side to take when an offset or position falls between two text runs. */
export type Bias = 'start' | 'end';

/**
 * Converts canonical-text offsets to ProseMirror positions and back by binary search over the
 * text runs of `toCanonicalText`. Offsets inside block separators snap to the next run's start
 * (start bias) or to the previous run's end (end bias), so a range never begins or ends in a gap.
 */
export interface OffsetMap {
  readonly textLength: number;
  toPos(offset: number, bias?: Bias): number;
  toOffset(pos: number, bias?: Bias): number;
}

export function createOffsetMap(runs: readonly TextRun[], textLength: number): OffsetMap {
  const starts: number[] = [];
  const poss: number[] = [];
  const lens: number[] = [];
  for (const run of runs) {
    if (run.pos === null) continue;
    starts.push(run.start);
    poss.push(run.pos);
    lens.push(run.text.length);
  }
  const count = starts.length;
  const at = (list: number[], i: number): number => list[i] ?? 0;
  const endOf = (i: number): number => at(starts, i) + at(lens, i);
  const endPosOf = (i: number): number => at(poss, i) + at(lens, i);

  const toPos = (offset: number, bias: Bias = 'start'): number => {
    if (count === 0) return 0;
    if (bias === 'start') {
      // First run that ends after the offset.
      const i = lowerBound(count, (k) => endOf(k) > offset);
      if (i === count) return endPosOf(count - 1);
      return at(poss, i) + Math.max(0, offset - at(starts, i));
    }
    // Last run that starts before the offset.
    const j = lowerBound(count, (k) => at(starts, k) >= offset) - 1;
    if (j < 0) return at(poss, 0);
    return at(poss, j) + Math.min(at(lens, j), offset - at(starts, j));
  };

  const toOffset = (pos: number, bias: Bias = 'start'): number => {
    if (count === 0) return 0;
    const i = lowerBound(count, (k) => at(poss, k) > pos) - 1;
    if (i < 0) return at(starts, 0);
    if (pos <= endPosOf(i)) return at(starts, i) + (pos - at(poss, i));
    if (bias === 'end' || i === count - 1) return endOf(i);
    return at(starts, i + 1);
  };

  return { textLength, toPos, toOffset };
}

/** The first index in [0, n) where `pass` holds (pass must be monotone), or n. */
function lowerBound(n: number, pass: (index: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pass(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
