const BREAK = /\n\s*\n/u;

export interface QuoteContext {
  before: string;
  after: string;
  /** Whether text was left out at the outer edge, so an ellipsis belongs there. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/**
 * The stored prefix and suffix cut to what reads naturally beside the quote: within its
 * paragraph, without a word cut in half at the outer edge.
 */
export function quoteContext(prefix: string, suffix: string): QuoteContext {
  const beforeParts = prefix.split(BREAK);
  const clippedBefore = beforeParts.length === 1 && /^\S+\s/u.test(prefix);
  const lastBefore = beforeParts[beforeParts.length - 1] ?? '';
  const before = clippedBefore ? lastBefore.replace(/^\S+\s+/u, '') : lastBefore;
  const afterParts = suffix.split(BREAK);
  const clippedAfter = afterParts.length === 1 && /\s\S+$/u.test(suffix);
  const firstAfter = afterParts[0] ?? '';
  const after = clippedAfter ? firstAfter.replace(/\s+\S+$/u, '') : firstAfter;
  return { before, after, clippedBefore, clippedAfter };
}
