/**
 * A score for how well the query matches the text as a subsequence (higher is better), or null.
 * Consecutive letters and letters starting a word or a path step score more.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = fold(query.trim());
  if (q === '') return 0;
  const t = fold(text);
  let score = 0;
  let from = 0;
  let last = -2;
  for (const ch of q) {
    if (ch === ' ') continue;
    const at = t.indexOf(ch, from);
    if (at < 0) return null;
    const prev = t[at - 1];
    score += 1;
    if (at === last + 1) score += 3;
    if (at === 0 || prev === ' ' || prev === '/' || prev === '-') score += 4;
    last = at;
    from = at + 1;
  }
  return score - t.length / 100;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Items whose label matches the query, best first (stable for equal scores). */
export function fuzzyFilter<T>(
  items: readonly T[],
  query: string,
  label: (item: T) => string,
): T[] {
  const scored: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const score = fuzzyScore(query, label(item));
    if (score !== null) scored.push({ item, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.map((s) => s.item);
}
