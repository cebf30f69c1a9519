/** Counts of every word form in a document, lower-cased, with and without inner hyphens. */
export type WordFrequency = Map<string, number>;

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;

/**
 * Counts the words of all lines, leaving out the fragment a line-end hyphen cuts off, so that
 * later decisions see only forms the author printed whole.
 */
export function countWords(lines: readonly string[]): WordFrequency {
  const counts: WordFrequency = new Map();
  for (const line of lines) {
    const body = /[\p{L}\p{N}]-$/u.test(line) ? line.replace(/\S+$/u, '') : line;
    for (const match of body.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}
