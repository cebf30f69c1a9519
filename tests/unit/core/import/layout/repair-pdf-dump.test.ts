import { describe, expect, it } from 'vitest';
import { isPdfDump, repairPdfDump } from '../../../../../core/import/layout/repair-pdf-dump';
import { toCanonicalText } from '../../../../../core/text/to-canonical-text';

const HEADER = 'Jurnal Contoh Kota Kembar, Vol. 3 No. 1';

/** An invented pdftotext dump: a blank line after every line, header and page number per page. */
const DUMP = [
  HEADER,
  'Kerja sama kota kembar antara dua kota di',
  'negara yang berbeda sering dimulai dari pe-',
  'ngembangan program budaya dan pertukaran',
  'pelajar. Kedua kota membangun rumah-',
  'rumah budaya di pusat kota.',
  '12',
  HEADER,
  'Program ini juga melibatkan warga dan',
  'sekolah di kedua kota sejak awal.',
  '13',
]
  .map((line) => `${line}\n\n`)
  .join('');

describe('repairPdfDump', () => {
  it('rebuilds paragraphs without header and page numbers when given a small dump', () => {
    const { text } = toCanonicalText(repairPdfDump(DUMP));
    expect(text).toBe(
      'Kerja sama kota kembar antara dua kota di negara yang berbeda sering dimulai dari ' +
        'pengembangan program budaya dan pertukaran pelajar. Kedua kota membangun rumah-rumah ' +
        'budaya di pusat kota.\n\nProgram ini juga melibatkan warga dan sekolah di kedua kota sejak awal.',
    );
  });
});

describe('isPdfDump', () => {
  const sentence = 'Kerja sama kota kembar dimulai dari program budaya yang disepakati bersama.';

  it('says no to a text with one long paragraph per line', () => {
    const text = Array.from({ length: 30 }, () => `${sentence} ${sentence}`).join('\n\n');
    expect(isPdfDump(text)).toBe(false);
  });

  it('says no to a hard-wrapped text without blank lines between its lines', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `baris ${i} dari teks yang dibungkus`);
    expect(isPdfDump(lines.join('\n'))).toBe(false);
  });

  it('says no to a short text even when every line is followed by a blank line', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `baris pendek nomor ${i} yang`);
    expect(isPdfDump(lines.join('\n\n'))).toBe(false);
  });

  it('says yes to a long dump of short wrapped lines each followed by a blank line', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `baris ${i} kerja sama kota kembar yang`);
    expect(isPdfDump(lines.join('\n\n'))).toBe(true);
  });
});
