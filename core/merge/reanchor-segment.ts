import { anchorRange, type AnchoredRange } from '../coding/anchor-range';

/** What a segment stored to find itself again in a changed text. */
export interface SegmentAnchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * Finds a segment's quote in another version of its document's text: every exact occurrence
 * (then every whitespace-insensitive one) scored by how much of the stored prefix and suffix
 * surrounds it, ties going to the one nearest the old offset. Null when the quote is gone.
 */
export function reanchorSegment(text: string, anchor: SegmentAnchor): AnchoredRange | null {
  const quote = anchor.quote.trim();
  if (quote === '') return null;
  let found = exactMatches(text, quote);
  if (found.length === 0) found = looseMatches(text, quote);
  let best: { start: number; end: number; score: number; distance: number } | null = null;
  for (const m of found) {
    const score =
      commonSuffix(
        text.slice(Math.max(0, m.start - anchor.prefix.length), m.start),
        anchor.prefix,
      ) + commonPrefix(text.slice(m.end, m.end + anchor.suffix.length), anchor.suffix);
    const distance = Math.abs(m.start - anchor.start);
    if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
      best = { ...m, score, distance };
    }
  }
  return best === null ? null : anchorRange(text, best.start, best.end);
}

function exactMatches(text: string, quote: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length });
  }
  return found;
}

function looseMatches(text: string, quote: string): { start: number; end: number }[] {
  const words = quote.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return [...text.matchAll(new RegExp(words.join('\\s+'), 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
