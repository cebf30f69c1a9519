/** The number of characters covered by a set of [start, end) ranges, overlaps counted once. */
export function unionLength(ranges: [number, number][]): number {
  ranges.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -1;
  for (const [start, end] of ranges) {
    const from = Math.max(start, reach);
    if (end > from) total += end - from;
    reach = Math.max(reach, end);
  }
  return total;
}
