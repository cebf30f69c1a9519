import { describe, expect, it } from 'vitest';
import { importPdf } from '../../../../../core/import/pdf/import-pdf';
import { toCanonicalText } from '../../../../../core/text/to-canonical-text';
import { makePdf, type PdfLineSpec } from '../../../../helpers/make-pdf';

const col = (...texts: string[]): PdfLineSpec[] => texts.map((text) => ({ text }));

async function importPages(pages: Parameters<typeof makePdf>[0]) {
  const imported = await importPdf({ name: 'test.pdf', bytes: await makePdf(pages) });
  return { imported, ...toCanonicalText(imported.doc) };
}

describe('importPdf', () => {
  it('reads the left column before the right one when a page has two columns', async () => {
    const left = col(
      'alpha satu dua tiga empat lima',
      'enam tujuh delapan sembilan',
      'sepuluh sebelas dua belas',
      'tiga belas empat belas akhir.',
    );
    const right = col(
      'beta satu dua tiga empat lima',
      'enam tujuh delapan sembilan',
      'sepuluh sebelas dua belas',
      'tiga belas empat belas akhir.',
    );
    const { text } = await importPages([{ columns: [left, right] }]);
    expect(text.indexOf('alpha')).toBeLessThan(text.indexOf('beta'));
    expect(text).toContain('dua belas tiga belas');
  });

  it('drops running headers and footers and learns page labels when they repeat', async () => {
    const page = (n: number) => ({
      header: 'Jurnal Contoh Kota',
      footer: 'Hal. {n}',
      pageNumber: n,
      columns: [col(`isi halaman nomor ${n} yang cukup panjang untuk baris.`)],
    });
    const { text, pageMap } = await importPages([page(7), page(8), page(9)]);
    expect(text).not.toContain('Jurnal Contoh');
    expect(text).not.toContain('Hal.');
    expect(pageMap.map((p) => p.label)).toEqual(['7', '8', '9']);
  });

  it('repairs soft hyphens and keeps reduplication when lines end in a hyphen', async () => {
    const lines = col(
      'para petani di desa menanam pe-',
      'tani lain dan warga kota rumah-',
      'rumah warga di tepi sungai besar.',
      'para petani lagi.',
    );
    const { text } = await importPages([{ columns: [lines] }]);
    expect(text).toContain('menanam petani lain dan warga kota rumah-rumah warga');
  });

  it('keeps a bold short line as its own heading block', async () => {
    const lines: PdfLineSpec[] = [
      { text: 'Latar Belakang', bold: true },
      { text: 'kalimat pertama dari paragraf yang cukup panjang.' },
    ];
    const { imported } = await importPages([{ columns: [lines] }]);
    expect(imported.doc.content?.[0]?.type).toBe('heading');
  });
});
