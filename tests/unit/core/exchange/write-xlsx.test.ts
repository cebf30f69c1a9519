import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxSheets } from '../../../../core/exchange/office/read-xlsx';
import { columnName, writeXlsx } from '../../../../core/exchange/office/write-xlsx';

describe('writeXlsx', () => {
  it('writes sheets whose cells read back as written', () => {
    const bytes = writeXlsx([
      {
        name: 'Codings',
        rows: [
          ['Document', 'Code', 'Count'],
          ['Kota <Bandung> & "Braunschweig"', 'identitas', 3],
          ['=HYPERLINK("x")', null, true],
        ],
      },
      { name: 'Codings', rows: [['second']] },
    ]);
    const sheets = readXlsxSheets(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Codings', 'Codings (2)']);
    expect(sheets[0]?.rows).toEqual([
      ['Document', 'Code', 'Count'],
      ['Kota <Bandung> & "Braunschweig"', 'identitas', '3'],
      ['=HYPERLINK("x")', '', '1'],
    ]);
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    // A formula-looking text stays text: no <f> element is ever written.
    expect(xml).not.toContain('<f>');
  });

  it('names columns past Z', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('refuses an empty workbook', () => {
    expect(() => writeXlsx([])).toThrow(/at least one sheet/u);
  });
});
