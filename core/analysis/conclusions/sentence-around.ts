/** The longest a proposed passage grows around a search hit, each side. */
const MAX_REACH = 400;

/**
 * The sentence around a range: back to the previous sentence end or line break, forward to the
 * next, at most 400 characters each side, trimmed. A hit on "tidak" becomes its sentence.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = start;
  const low = Math.max(0, start - MAX_REACH);
  while (from > low && !isBoundary(text, from - 1)) from--;
  let to = end;
  const high = Math.min(text.length, end + MAX_REACH);
  while (to < high && !isBoundary(text, to)) to++;
  if (to < text.length && /[.!?]/u.test(text.charAt(to))) to++;
  while (from < to && /\s/u.test(text.charAt(from))) from++;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to--;
  return from < to ? { start: from, end: to } : { start, end };
}

function isBoundary(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '\n') return true;
  // A full stop ends a sentence when whitespace follows (not "3.5" or "e.g").
  return /[.!?]/u.test(c) && /\s/u.test(text.charAt(i + 1));
}
