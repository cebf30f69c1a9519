/** The offsets where each paragraph (a block after a blank line, '\n\n') of a text starts. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  let at = text.indexOf('\n\n');
  while (at !== -1) {
    starts.push(at + 2);
    at = text.indexOf('\n\n', at + 2);
  }
  return starts;
}

/** The index of the paragraph an offset falls in, by binary search over `starts`. */
export function paragraphAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
