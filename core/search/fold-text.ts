/** A folded (lower-case, diacritic-free) string with a way back to the original offsets. */
export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`: start of the original character it came from. */
  starts: number[];
  /** For each UTF-16 unit of `folded`: end of that original character, including its marks. */
  ends: number[];
}

const MARKS = /\p{M}/gu;

/** Lower-cases and strips diacritics like FTS5's `unicode61 remove_diacritics 2`. */
export function foldString(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().normalize('NFD').replace(MARKS, '');
}

/**
 * Folds `text` character by character, keeping for every folded unit the original range it came
 * from, so a match in the folded text maps back to exact UTF-16 offsets in the original.
 */
export function foldText(text: string): FoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    let end = i + (cp > 0xffff ? 2 : 1);
    // Combining marks that follow belong to this character (decomposed sources).
    while (end < text.length && /\p{M}/u.test(String.fromCodePoint(text.codePointAt(end) ?? 0))) {
      end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    }
    const piece = foldString(text.slice(i, end));
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    folded += piece;
    i = end;
  }
  return { folded, starts, ends };
}
