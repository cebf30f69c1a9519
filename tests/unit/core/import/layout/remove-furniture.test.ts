import { describe, expect, it } from 'vitest';
import type { FurnitureLine } from '../../../../../core/import/layout/remove-furniture';
import { removeFurniture } from '../../../../../core/import/layout/remove-furniture';

/** Ten invented pages: a running header with the printed page number, body text, a footer. */
function pages(count: number, firstLabel: number): FurnitureLine[] {
  const lines: FurnitureLine[] = [];
  for (let page = 1; page <= count; page++) {
    const label = firstLabel + page - 1;
    lines.push({
      text: `Jurnal Contoh Kota Kembar, Vol. 3 No. 1, Hal. ${label}`,
      page,
      band: 'top',
    });
    lines.push({ text: `Isi halaman ${page} tentang kerja sama kota.`, page, band: 'body' });
    lines.push({ text: 'Tabel di atas menunjukkan hasilnya.', page, band: 'body' });
    lines.push({ text: String(label), page, band: 'bottom' });
  }
  return lines;
}

describe('removeFurniture', () => {
  it('removes a running header whose page number changes from page to page', () => {
    const { lines, removedCount } = removeFurniture(pages(10, 45), { pageCount: 10 });
    expect(lines.some((line) => line.text.startsWith('Jurnal Contoh'))).toBe(false);
    expect(lines.some((line) => /^\d+$/u.test(line.text))).toBe(false);
    expect(removedCount).toBe(20);
  });

  it('learns the printed page number of every page when headers carry it', () => {
    const { labels } = removeFurniture(pages(10, 45), { pageCount: 10 });
    expect([...labels.entries()].sort((a, b) => a[0] - b[0])).toEqual(
      Array.from({ length: 10 }, (_, index) => [index + 1, String(45 + index)]),
    );
  });

  it('keeps a body line that happens to repeat on several pages', () => {
    const { lines } = removeFurniture(pages(10, 1), { pageCount: 10 });
    expect(
      lines.filter((line) => line.text === 'Tabel di atas menunjukkan hasilnya.'),
    ).toHaveLength(10);
  });

  it('keeps a line in the top band that repeats on only two of twenty pages', () => {
    const input = pages(20, 1);
    input.push({ text: 'Hasil dan Pembahasan', page: 3, band: 'top' });
    input.push({ text: 'Hasil dan Pembahasan', page: 9, band: 'top' });
    const { lines } = removeFurniture(input, { pageCount: 20 });
    expect(lines.filter((line) => line.text === 'Hasil dan Pembahasan')).toHaveLength(2);
  });
});
