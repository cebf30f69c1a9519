import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../../../core/analysis/conclusions/sentence-around';

describe('sentenceAround', () => {
  const text = 'Kerja sama berjalan. Namun dana tidak cukup untuk 3.5 tahun! Lalu selesai.';

  it('widens a hit to its sentence when other sentences surround it', () => {
    const start = text.indexOf('tidak');
    const range = sentenceAround(text, start, start + 5);
    expect(text.slice(range.start, range.end)).toBe('Namun dana tidak cukup untuk 3.5 tahun!');
  });

  it('stops at a line break and at the start of the text', () => {
    const lines = 'Dana tidak cukup\nBaris lain.';
    const range = sentenceAround(lines, 5, 10);
    expect(lines.slice(range.start, range.end)).toBe('Dana tidak cukup');
  });

  it('keeps the last sentence with its full stop at the end of the text', () => {
    const start = text.indexOf('selesai');
    const range = sentenceAround(text, start, start + 7);
    expect(text.slice(range.start, range.end)).toBe('Lalu selesai.');
  });
});
