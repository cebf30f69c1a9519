/** The snippet around a hit: text before, the hit itself, text after. */
export interface SnippetParts {
  before: string;
  hit: string;
  after: string;
}

/** Context characters the backend puts before a hit (make-snippet's SNIPPET_CONTEXT). */
const CONTEXT = 60;

/**
 * Splits a snippet marked «like this» by the backend. The text itself may contain « and », so
 * the marker taken is the « nearest to where the backend puts it (about 60 characters in, or at
 * the hit's own offset near the start of a document).
 */
export function splitSnippet(snippet: string, hitStart: number): SnippetParts {
  const expected = hitStart > CONTEXT ? CONTEXT + 1 : hitStart;
  let best = -1;
  for (let at = snippet.indexOf('«'); at >= 0; at = snippet.indexOf('«', at + 1)) {
    if (snippet.indexOf('»', at + 1) < 0) break;
    if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  if (best < 0) return { before: snippet, hit: '', after: '' };
  const close = snippet.indexOf('»', best + 1);
  return {
    before: snippet.slice(0, best),
    hit: snippet.slice(best + 1, close),
    after: snippet.slice(close + 1),
  };
}
