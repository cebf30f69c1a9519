import type { FoldedText } from './fold-text';
import type { SearchTerm } from './parse-search-query';

/** Where terms occur in the original text, as UTF-16 ranges, sorted and without duplicates. */
export function findTermHits(
  folded: FoldedText,
  terms: SearchTerm[],
  offset: number,
): { start: number; end: number }[] {
  const hits = new Map<string, { start: number; end: number }>();
  for (const tokens of terms) {
    const body = tokens.map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of folded.folded.matchAll(pattern)) {
      const first = match.index;
      const last = first + match[0].length - 1;
      const start = offset + (folded.starts[first] ?? 0);
      const end = offset + (folded.ends[last] ?? 0);
      hits.set(`${start}:${end}`, { start, end });
    }
  }
  return [...hits.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
