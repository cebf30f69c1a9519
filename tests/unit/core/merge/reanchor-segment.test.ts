import { describe, expect, it } from 'vitest';
import { reanchorSegment } from '../../../../core/merge/reanchor-segment';

describe('reanchorSegment', () => {
  it('finds a quote that moved when text was added before it', () => {
    const text = 'Pengantar baru.\n\nWarga menjaga norma gotong royong setiap hari.';
    const placed = reanchorSegment(text, {
      start: 14,
      end: 27,
      quote: 'gotong royong',
      prefix: 'Warga menjaga norma ',
      suffix: ' setiap hari.',
    });
    expect(placed).toMatchObject({ quote: 'gotong royong', start: text.indexOf('gotong') });
  });

  it('picks the occurrence whose prefix and suffix match when the quote repeats', () => {
    const text = 'kota lama berbenah. Di pelabuhan, kota lama tetap ramai.';
    const placed = reanchorSegment(text, {
      start: 0,
      end: 9,
      quote: 'kota lama',
      prefix: 'Di pelabuhan, ',
      suffix: ' tetap ramai.',
    });
    expect(placed?.start).toBe(text.lastIndexOf('kota lama'));
  });

  it('matches across changed whitespace', () => {
    const text = 'Norma\ngotong  royong menjadi dasar.';
    const placed = reanchorSegment(text, {
      start: 0,
      end: 19,
      quote: 'Norma gotong royong',
      prefix: '',
      suffix: ' menjadi',
    });
    expect(placed).toMatchObject({ start: 0, quote: 'Norma\ngotong  royong' });
  });

  it('returns null when the quote is gone', () => {
    const placed = reanchorSegment('Teks yang lain sama sekali.', {
      start: 0,
      end: 5,
      quote: 'budaya',
      prefix: '',
      suffix: '',
    });
    expect(placed).toBeNull();
  });
});
