import { describe, expect, it } from 'vitest';
import { nudgeRange } from '../../../renderer/features/segment-details/nudge-range';
import { quoteContext } from '../../../renderer/features/segment-details/quote-context';

const text = 'one two three four';
// "two three" is 4..13
const range = { start: 4, end: 13 };

describe('nudgeRange', () => {
  it('extends and shrinks the start by a word', () => {
    expect(nudgeRange(text, range, 'start', -1, 'word')).toEqual({ start: 0, end: 13 });
    expect(nudgeRange(text, range, 'start', 1, 'word')).toEqual({ start: 8, end: 13 });
  });

  it('extends and shrinks the end by a word', () => {
    expect(nudgeRange(text, range, 'end', 1, 'word')).toEqual({ start: 4, end: 18 });
    expect(nudgeRange(text, range, 'end', -1, 'word')).toEqual({ start: 4, end: 7 });
  });

  it('moves by one character when asked', () => {
    expect(nudgeRange(text, range, 'start', -1, 'char')).toEqual({ start: 3, end: 13 });
    expect(nudgeRange(text, range, 'end', -1, 'char')).toEqual({ start: 4, end: 12 });
  });

  it('refuses moves that leave the text or empty the range', () => {
    expect(nudgeRange(text, { start: 0, end: 3 }, 'start', -1, 'word')).toBeNull();
    expect(nudgeRange(text, { start: 14, end: 18 }, 'end', 1, 'char')).toBeNull();
    expect(nudgeRange(text, { start: 4, end: 7 }, 'end', -1, 'word')).toBeNull();
  });
});

describe('quoteContext', () => {
  it('keeps the context within the quote’s paragraph', () => {
    expect(quoteContext('Title here\n\nMayors ', ' networks of\n\nNext')).toEqual({
      before: 'Mayors ',
      after: ' networks of',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('drops a word cut in half at the outer edge', () => {
    expect(quoteContext('ies that learn ', ' networks of plan')).toEqual({
      before: 'that learn ',
      after: ' networks of',
      clippedBefore: true,
      clippedAfter: true,
    });
  });
});
