import { describe, expect, it } from 'vitest';
import { continuesUrl } from '../../../../../core/import/layout/line-end-url';

describe('continuesUrl', () => {
  it.each([
    ['https://contoh.org/berita/', 'kota-kembar'],
    ['https://contoh.org/kota-', 'kembar'],
    ['https://doi.org/10.', '32890/jis.21'],
    ['https://contoh.org/a_', 'b'],
    ['https://contoh.org/?p=', '12'],
    ['https:', '//doi.org/10.1000'],
  ])('is true when %s is followed by %s', (token, next) => {
    expect(continuesUrl(token, next)).toBe(true);
  });

  it.each([
    ['kota-', 'kembar'],
    ['https://contoh.org/selesai', 'lanjut'],
    ['www.contoh.org.', 'Kemudian kami'],
  ])('is false when %s is followed by %s', (token, next) => {
    expect(continuesUrl(token, next)).toBe(false);
  });
});
