import type { Span } from './unitized-alpha';

/** The unit agreement is measured on in text. */
export type TextUnit = 'character' | 'sentence' | 'paragraph' | 'document';

const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The units of a document's canonical text: paragraphs are its blocks (separated by a blank
 * line), sentences are split inside each block, the document is one unit. Whitespace-only
 * pieces are not units. Character units are not listed (they are counted as runs).
 */
export function textUnits(text: string, unit: Exclude<TextUnit, 'character'>): Span[] {
  if (unit === 'document') return text.trim() === '' ? [] : [{ start: 0, end: text.length }];
  const paragraphs: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const at = text.indexOf(PARAGRAPH_SEPARATOR, start);
    const end = at < 0 ? text.length : at;
    if (text.slice(start, end).trim() !== '') paragraphs.push({ start, end });
    if (at < 0) break;
    start = at + PARAGRAPH_SEPARATOR.length;
  }
  if (unit === 'paragraph') return paragraphs;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const sentences: Span[] = [];
  for (const p of paragraphs) {
    for (const s of segmenter.segment(text.slice(p.start, p.end))) {
      if (s.segment.trim() === '') continue;
      sentences.push({ start: p.start + s.index, end: p.start + s.index + s.segment.length });
    }
  }
  return sentences;
}

/** Index of the first unit whose end is after `offset` (units sorted, not overlapping). */
export function firstUnitEndingAfter(units: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((units[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorts spans and merges the overlapping ones (touching ones stay apart: they are two units). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last !== undefined && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
