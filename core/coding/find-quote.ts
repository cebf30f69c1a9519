import { TelaahError } from '../errors';

/**
 * Where `quote` occurs in `text`: an exact match first, then one that ignores differences in
 * whitespace. Throws quote_not_found, or quote_ambiguous with the number of matches.
 * `documentTitle` only names the document in messages.
 */
export function findQuote(
  text: string,
  quote: string,
  documentTitle = 'the document',
): { start: number; end: number } {
  const wanted = quote.trim();
  if (wanted === '') throw notFound(documentTitle);
  const exact = exactMatches(text, wanted);
  if (exact.length > 0) return single(exact, documentTitle);
  const words = wanted.split(/\s+/u).map(escapeRegExp);
  const loose = [...text.matchAll(new RegExp(words.join('\\s+'), 'gu'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (loose.length > 0) return single(loose, documentTitle);
  throw notFound(documentTitle);
}

function exactMatches(text: string, quote: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length });
  }
  return found;
}

function single(
  matches: { start: number; end: number }[],
  documentTitle: string,
): { start: number; end: number } {
  const [first] = matches;
  if (matches.length === 1 && first !== undefined) return first;
  throw new TelaahError(
    'quote_ambiguous',
    `The quote occurs ${matches.length} times in “${documentTitle}”. Lengthen it or give --start/--end.`,
    { count: matches.length, document: documentTitle },
  );
}

function notFound(documentTitle: string): TelaahError {
  return new TelaahError('quote_not_found', `The quote was not found in “${documentTitle}”.`, {
    document: documentTitle,
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
