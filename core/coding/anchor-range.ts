import { TelaahError } from '../errors';
import { CONTEXT_CHARS } from '../text/segment-spans';

export { CONTEXT_CHARS };

/** A trimmed range with the text needed to re-anchor it. */
export interface AnchoredRange {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * Validates 0 <= start < end <= text.length (range_out_of_bounds), trims whitespace at both
 * edges (empty_range if nothing is left) and slices quote, prefix and suffix.
 */
export function anchorRange(text: string, start: number, end: number): AnchoredRange {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    throw new TelaahError(
      'range_out_of_bounds',
      `The range ${start}–${end} lies outside the document text (${text.length} characters).`,
      { start, end, length: text.length },
    );
  }
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  if (s === e)
    throw new TelaahError('empty_range', 'The selected range is empty or only whitespace.');
  return {
    start: s,
    end: e,
    quote: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
    suffix: text.slice(e, e + CONTEXT_CHARS),
  };
}
