/** Counts of every word form in a document, lower-cased, with and without inner hyphens. */
export type WordFrequency = Map<string, number>;

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;
const HYPHEN_END = /[\p{L}\p{N}]-$/u;

/**
 * Counts the words of all lines, leaving out both fragments of a word a line-end hyphen cuts,
 * so that later decisions see only forms the author printed whole.
 */
export function countWords(lines: readonly string[]): WordFrequency {
  const counts: WordFrequency = new Map();
  let cut = false;
  for (const line of lines) {
    const endsCut = HYPHEN_END.test(line);
    const lower = line.toLowerCase();
    let first = true;
    let lastWord: string | null = null;
    for (const match of lower.matchAll(WORD)) {
      const word = match[0];
      if (first && cut) {
        first = false;
        continue;
      }
      first = false;
      if (lastWord !== null) counts.set(lastWord, (counts.get(lastWord) ?? 0) + 1);
      lastWord = word;
    }
    if (lastWord !== null && !endsCut) counts.set(lastWord, (counts.get(lastWord) ?? 0) + 1);
    cut = endsCut;
  }
  return counts;
}
