/** Where each paragraph (block) of a canonical text starts; blocks are joined by a blank line. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n\n'); at !== -1; at = text.indexOf('\n\n', at + 2)) {
    starts.push(at + 2);
  }
  return starts;
}

/** The range from the start of the paragraph holding `start` to the end of the one holding `end - 1`. */
export function paragraphSpan(
  starts: readonly number[],
  textLength: number,
  start: number,
  end: number,
): { lo: number; hi: number } {
  const first = blockAt(starts, start);
  const last = blockAt(starts, Math.max(start, end - 1));
  const next = starts[last + 1];
  return { lo: starts[first] ?? 0, hi: next === undefined ? textLength : next - 2 };
}

/** The index of the block an offset falls in, by binary search. */
export function blockAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
