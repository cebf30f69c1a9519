import type { WordFrequency } from './word-frequency';

// Prefixes that English and Indonesian writers join with a real hyphen.
const HYPHEN_PREFIXES = new Set(['non', 'self', 'anti', 'pro', 'co', 'ex', 'post', 'pre', 'semi']);

/**
 * Decides whether the hyphen at a line end is a real one (`aktor-` / `aktor`, `Self-` /
 * `Governments`) or only breaks a word for justification (`pe-` / `ngembangan`).
 * `left` is the word part before the hyphen, `right` the first word of the next line.
 */
export function keepLineEndHyphen(left: string, right: string, words: WordFrequency): boolean {
  if (left.length === 0 || right.length === 0) return true;
  if (/^(?:nya|lah|kah|ku|mu)$/u.test(right)) return false;
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const hyphenated = words.get(`${l}-${r}`) ?? 0;
  const joined = words.get(l + r) ?? 0;
  if (hyphenated !== joined) return hyphenated > joined;
  // Indonesian reduplication: aktor-aktor, bentuk-bentuknya, kota-kota.
  if (l.length >= 2 && r.startsWith(l)) return true;
  if (/^\p{N}/u.test(l.slice(-1)) || /\p{N}/u.test(r)) return true;
  // In capitals (titles in references) case says nothing, but a one-letter part (E-GOVERNMENT) does.
  if (isCapitals(left) && isCapitals(right)) return left.length === 1;
  if (/^\p{Lu}/u.test(right)) return true;
  // A lower-case prefix compound (non-governmental); a capital before a lower-case rest is one
  // capitalised word cut in two (Pre- / siden).
  return HYPHEN_PREFIXES.has(l) && left === l;
}

function isCapitals(part: string): boolean {
  return /^\p{Lu}+$/u.test(part);
}
