/** Splits a text into words for comparison: whitespace-separated tokens. */
export function toWords(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

/**
 * Length of the longest common subsequence of two word lists, by Myers' O(ND) algorithm, which
 * is fast when the lists are nearly equal (the case for a good importer).
 */
export function commonWordCount(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}

/** Word-level similarity in [0, 1]: 2·common / (|a| + |b|), as difflib's ratio. */
export function wordSimilarity(actual: string, expected: string): number {
  const a = toWords(actual);
  const b = toWords(expected);
  if (a.length + b.length === 0) return 1;
  return (2 * commonWordCount(a, b)) / (a.length + b.length);
}
