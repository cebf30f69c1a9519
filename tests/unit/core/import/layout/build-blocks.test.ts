import { describe, expect, it } from 'vitest';
import { blocksToDoc } from '../../../../../core/import/layout/blocks-to-doc';
import { buildBlocks } from '../../../../../core/import/layout/build-blocks';
import type { LayoutLine } from '../../../../../core/import/layout/layout-line';
import { toCanonicalText } from '../../../../../core/text/to-canonical-text';

const line = (text: string, page: number, breakBefore = false): LayoutLine => ({
  text,
  page,
  band: 'body',
  breakBefore,
  heading: null,
});

function build(lines: LayoutLine[], count = 2) {
  const labels = new Map([
    [1, '45'],
    [2, '46'],
  ]);
  return toCanonicalText(blocksToDoc(buildBlocks(lines, { count, labels })));
}

describe('buildBlocks', () => {
  it('places the page marker where the next page starts inside a paragraph that goes on', () => {
    const { text, pageMap } = build([
      line('kerja sama kedua kota dimulai', 1, true),
      line('dengan pertukaran pelajar.', 1),
      line('Kemudian program budaya', 2),
      line('menyusul pada tahun berikutnya.', 2),
    ]);
    expect(text).toBe(
      'kerja sama kedua kota dimulai dengan pertukaran pelajar. Kemudian program budaya menyusul pada tahun berikutnya.',
    );
    expect(pageMap.map((p) => [p.page, p.label, p.start])).toEqual([
      [1, '45', 0],
      [2, '46', text.indexOf('Kemudian')],
    ]);
  });

  it('keeps a word cut by a hyphen at a page break whole, with the marker after it', () => {
    const { text, pageMap } = build([
      line('para petani menanam pe-', 1, true),
      line('tani lain di desa.', 2),
    ]);
    expect(text).toBe('para petani menanam petani lain di desa.');
    expect(pageMap[1]?.start).toBe(text.indexOf(' lain'));
  });

  it('joins a URL broken after a slash, a hyphen or a dot without a space', () => {
    const { text } = build([
      line('Tersedia di https://contoh.example.org/berita/', 1, true),
      line('kota-kembar-', 1),
      line('dan-budaya.html diakses 2024.', 1),
    ]);
    expect(text).toBe(
      'Tersedia di https://contoh.example.org/berita/kota-kembar-dan-budaya.html diakses 2024.',
    );
  });

  it('joins https: and //host across a line end', () => {
    const { text } = build([line('Lihat https:', 1, true), line('//doi.org/10.1000/xyz', 1)]);
    expect(text).toBe('Lihat https://doi.org/10.1000/xyz');
  });

  it('keeps the space when a sentence after a URL ending in a dot starts the next line', () => {
    const { text } = build([line('Lihat www.contoh.org.', 1, true), line('Kemudian kami', 1)]);
    expect(text).toBe('Lihat www.contoh.org. Kemudian kami');
  });
});
