import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../../core/coding/find-quote';

const TEXT = 'Kota kembar bekerja sama.\n\nKota kembar saling\nberkunjung.';

describe('findQuote', () => {
  it('returns the exact range when the quote occurs once', () => {
    expect(findQuote(TEXT, 'bekerja sama')).toEqual({ start: 12, end: 24 });
  });

  it('matches across different whitespace when there is no exact match', () => {
    const hit = findQuote(TEXT, 'saling berkunjung');
    expect(TEXT.slice(hit.start, hit.end)).toBe('saling\nberkunjung');
  });

  it('throws quote_ambiguous with the count when the quote occurs several times', () => {
    expect(() => findQuote(TEXT, 'Kota kembar', 'Laporan')).toThrow(
      expect.objectContaining({
        code: 'quote_ambiguous',
        params: { count: 2, document: 'Laporan' },
      }),
    );
  });

  it('throws quote_not_found when the quote is absent', () => {
    expect(() => findQuote(TEXT, 'provinsi')).toThrow(
      expect.objectContaining({ code: 'quote_not_found' }),
    );
  });
});
