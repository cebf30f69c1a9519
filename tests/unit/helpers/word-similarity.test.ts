import { describe, expect, it } from 'vitest';
import { wordSimilarity } from '../../helpers/word-similarity';

describe('wordSimilarity', () => {
  it('is 1 for texts with the same words whatever the spacing', () => {
    expect(wordSimilarity('a b\n\nc', 'a  b c')).toBe(1);
  });

  it('drops with each changed word', () => {
    expect(wordSimilarity('a b c d', 'a x c d')).toBeCloseTo(0.75);
  });

  it('is 0 for texts sharing no word', () => {
    expect(wordSimilarity('a b', 'c d')).toBe(0);
  });
});
