import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from '../../../../core/import/language-guess';

describe('normalizeLanguage', () => {
  it.each([
    ['id-ID', 'id'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['en_GB', 'en'],
  ])('turns %s into %s', (tag, expected) => {
    expect(normalizeLanguage(tag)).toBe(expected);
  });

  it('gives null when the tag is empty or not a language tag', () => {
    expect(normalizeLanguage(null)).toBeNull();
    expect(normalizeLanguage('')).toBeNull();
    expect(normalizeLanguage('12-34')).toBeNull();
  });
});
