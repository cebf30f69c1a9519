import { describe, expect, it } from 'vitest';
import { sanitizeHref } from '../../../../../core/import/html/sanitize-href';

describe('sanitizeHref', () => {
  it('refuses script schemes when they hide behind case, controls or spaces', () => {
    for (const href of [
      'JAVASCRIPT:x',
      ' \u0001javascript:x',
      'java\tscript:x',
      'java\nscript:x',
      'javascript :x',
    ]) {
      expect(sanitizeHref(href)).toBeNull();
    }
  });

  it('keeps web, mail and relative targets when they are given', () => {
    expect(sanitizeHref(' https://example.org/a b ')).toBe('https://example.org/a b');
    expect(sanitizeHref('mailto:x@example.org')).toBe('mailto:x@example.org');
    expect(sanitizeHref('../bab/2.html#x')).toBe('../bab/2.html#x');
    expect(sanitizeHref('a/b:c')).toBe('a/b:c');
  });

  it('returns null when the target is empty', () => {
    expect(sanitizeHref('   ')).toBeNull();
  });
});
