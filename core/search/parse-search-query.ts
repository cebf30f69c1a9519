import { foldString } from './fold-text';

/** A search term: one word or a quoted phrase, as folded tokens that must appear in sequence. */
export type SearchTerm = string[];

const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * Splits a user query into terms: "quoted phrases" and single words. Each term becomes the
 * folded tokens FTS5's unicode61 tokenizer would produce; punctuation-only terms disappear.
 */
export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const parts = query.split('"');
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1;
    const chunks = quoted ? [part] : part.split(/\s+/u);
    for (const chunk of chunks) {
      const tokens = foldString(chunk).match(TOKEN) ?? [];
      if (tokens.length > 0) terms.push(tokens);
    }
  });
  return terms;
}

/** The FTS5 MATCH expression for terms: each term a quoted phrase, all required. */
export function toFtsQuery(terms: SearchTerm[]): string {
  // Tokens hold only letters and digits, so quoting them cannot produce FTS5 syntax.
  return terms.map((tokens) => `"${tokens.join(' ')}"`).join(' ');
}
