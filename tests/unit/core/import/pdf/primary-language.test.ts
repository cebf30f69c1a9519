import { describe, expect, it } from 'vitest';
import { primaryLanguage } from '../../../../../core/import/pdf/primary-language';

describe('primaryLanguage', () => {
  it.each([
    ['id-ID', 'id'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['en_GB', 'en'],
  ])('turns %s into %s', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });

  it('gives null when the tag is empty or not a language tag', () => {
    expect(primaryLanguage(null)).toBeNull();
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage('12-34')).toBeNull();
  });
});
