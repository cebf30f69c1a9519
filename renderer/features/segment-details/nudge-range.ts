import type { TextRange } from '../../app/workspace-store';

export type Edge = 'start' | 'end';
export type NudgeUnit = 'word' | 'char';

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** Where a boundary lands one word to the left: a start on a word's start, an end on a word's end. */
function wordLeft(text: string, at: number, edge: Edge): number {
  let p = at;
  const skip = (space: boolean): void => {
    while (p > 0 && isSpace(text[p - 1]) === space) p -= 1;
  };
  if (edge === 'start') {
    skip(true);
    skip(false);
  } else {
    skip(false);
    skip(true);
  }
  return p;
}

function wordRight(text: string, at: number, edge: Edge): number {
  let p = at;
  const skip = (space: boolean): void => {
    while (p < text.length && isSpace(text[p]) === space) p += 1;
  };
  if (edge === 'start') {
    skip(false);
    skip(true);
  } else {
    skip(true);
    skip(false);
  }
  return p;
}

/**
 * Moves one boundary of a range by a word or a character (direction -1 left, +1 right).
 * Null when the move would leave the text, empty the range, or change nothing.
 */
export function nudgeRange(
  text: string,
  range: TextRange,
  edge: Edge,
  direction: -1 | 1,
  unit: NudgeUnit,
): TextRange | null {
  const at = edge === 'start' ? range.start : range.end;
  const moved =
    unit === 'char'
      ? at + direction
      : direction < 0
        ? wordLeft(text, at, edge)
        : wordRight(text, at, edge);
  const next =
    edge === 'start' ? { start: moved, end: range.end } : { start: range.start, end: moved };
  if (next.start < 0 || next.end > text.length || moved === at) return null;
  if (text.slice(next.start, next.end).trim() === '') return null;
  return next;
}
