import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../../../core/analysis/matrix/build-matrix';
import { cellExcerpts } from '../../../../../core/analysis/matrix/cell-excerpts';
import {
  createMatrixDisplay,
  deleteDisplay,
  getMatrixDisplay,
  listDisplays,
} from '../../../../../core/analysis/matrix/display-rows';
import { exportMatrix } from '../../../../../core/analysis/matrix/export-matrix';
import { setMatrixEntry } from '../../../../../core/analysis/matrix/matrix-entries';
import { matrixTable } from '../../../../../core/analysis/matrix/matrix-table';
import { templateConfig } from '../../../../../core/analysis/matrix/matrix-templates';
import { readXlsxSheets } from '../../../../../core/exchange/office/read-xlsx';
import { undo } from '../../../../../core/history/undo-redo';
import { matrixFixture } from './matrix-fixture';

function caseOrdered(f: ReturnType<typeof matrixFixture>) {
  return createMatrixDisplay(f.ctx, {
    name: 'Outcomes',
    template: 'case-ordered',
    config: templateConfig(f.ctx, 'case-ordered', f.variables.outcome),
  });
}

describe('matrix templates', () => {
  it('arranges a case-ordered meta-matrix: cases by outcome, top-level codes, entries', () => {
    const f = matrixFixture();
    const config = templateConfig(f.ctx, 'case-ordered', f.variables.outcome);
    expect(config.rows).toEqual({ source: 'cases' });
    expect(config.columns).toEqual([
      { kind: 'code', codeId: f.codes.identity },
      { kind: 'code', codeId: f.codes.norm },
    ]);
    expect(config.cell).toBe('entry');
    expect(buildMatrix(f.ctx, config, null).rows.map((r) => r.label)).toEqual(['South', 'North']);
  });

  it('arranges time-ordered rows by year and role-ordered rows by a role attribute', () => {
    const f = matrixFixture();
    const time = buildMatrix(f.ctx, templateConfig(f.ctx, 'time-ordered'), null);
    expect(time.rows.map((r) => r.label)).toEqual(['2012', '2019']);
    const role = buildMatrix(f.ctx, templateConfig(f.ctx, 'role-ordered'), null);
    expect(role.rows.map((r) => r.label)).toEqual(['official', 'scholar']);
  });

  it('clusters columns by parent code in a conceptually clustered matrix', () => {
    const f = matrixFixture();
    const config = templateConfig(f.ctx, 'conceptually-clustered');
    expect(config.columns).toEqual([
      { kind: 'code', codeId: f.codes.civic, cluster: 'identity' },
      { kind: 'code', codeId: f.codes.norm, cluster: 'norm' },
    ]);
  });

  it('refuses a time-ordered matrix when no date or year attribute exists', () => {
    const f = matrixFixture();
    f.ctx.db.$client.prepare(`delete from variables where name = 'year'`).run();
    expect(() => templateConfig(f.ctx, 'time-ordered')).toThrow(/date or year/u);
  });
});

describe('matrix entries', () => {
  it('saves an entry with its excerpts and shows it in its cell after reordering', () => {
    const f = matrixFixture();
    const display = caseOrdered(f);
    setMatrixEntry(f.ctx, {
      displayId: display.id,
      rowKey: `case:${f.cases.north}`,
      columnKey: `code:${f.codes.identity}`,
      text: 'port city pride',
      rating: 3,
      symbol: '++',
      segmentIds: [f.segments.bIdentitas],
    });
    const data = buildMatrix(f.ctx, getMatrixDisplay(f.ctx, display.id).config, display.id);
    const north = data.rows.findIndex((r) => r.label === 'North');
    expect(data.cells[north]?.[0]?.entry).toMatchObject({
      text: 'port city pride',
      rating: 3,
      symbol: '++',
      segmentIds: [f.segments.bIdentitas],
    });
    expect(matrixTable(f.ctx, display.id).rows[north]?.cells[0]).toBe('++ 3 port city pride');
  });

  it('undoes an entry edit back to the previous text, and a clear back to the entry', () => {
    const f = matrixFixture();
    const display = caseOrdered(f);
    const keys = {
      displayId: display.id,
      rowKey: `case:${f.cases.south}`,
      columnKey: `code:${f.codes.norm}`,
      rating: null,
      symbol: null,
      segmentIds: [],
    };
    setMatrixEntry(f.ctx, { ...keys, text: 'first' });
    setMatrixEntry(f.ctx, { ...keys, text: 'second', segmentIds: [f.segments.cBudaya] });
    expect(setMatrixEntry(f.ctx, { ...keys, text: '' })).toBeNull();
    const entryText = () =>
      f.ctx.db.$client.prepare('select text from matrix_entries').pluck().all() as string[];
    expect(entryText()).toEqual([]);
    undo(f.ctx);
    expect(entryText()).toEqual(['second']);
    undo(f.ctx);
    expect(entryText()).toEqual(['first']);
    expect(
      f.ctx.db.$client.prepare('select count(*) from matrix_entry_segments').pluck().get(),
    ).toBe(0);
  });

  it('refuses an unknown symbol', () => {
    const f = matrixFixture();
    const display = caseOrdered(f);
    expect(() =>
      setMatrixEntry(f.ctx, {
        displayId: display.id,
        rowKey: 'case:x',
        columnKey: 'code:y',
        text: '',
        rating: null,
        symbol: '<script>',
        segmentIds: [],
      }),
    ).toThrow(/symbol/u);
  });

  it('deletes a display with its entries, and one undo restores both', () => {
    const f = matrixFixture();
    const display = caseOrdered(f);
    setMatrixEntry(f.ctx, {
      displayId: display.id,
      rowKey: `case:${f.cases.south}`,
      columnKey: `code:${f.codes.norm}`,
      text: 'absent',
      rating: 0,
      symbol: '✗',
      segmentIds: [f.segments.cBudaya],
    });
    deleteDisplay(f.ctx, display.id);
    expect(listDisplays(f.ctx, 'matrix')).toEqual([]);
    undo(f.ctx);
    expect(listDisplays(f.ctx, 'matrix').map((d) => d.name)).toEqual(['Outcomes']);
    const data = buildMatrix(f.ctx, getMatrixDisplay(f.ctx, display.id).config, display.id);
    expect(data.cells.flat().find((c) => c.entry !== null)?.entry?.segmentIds).toEqual([
      f.segments.cBudaya,
    ]);
  });
});

describe('cellExcerpts', () => {
  it('lists the excerpts of a cell in document order with their codes', () => {
    const f = matrixFixture();
    const config = templateConfig(f.ctx, 'case-ordered', f.variables.outcome);
    const excerpts = cellExcerpts(
      f.ctx,
      config,
      `case:${f.cases.north}`,
      `code:${f.codes.identity}`,
    );
    expect(excerpts.map((e) => [e.documentTitle, e.quote, e.codeNames.sort()])).toEqual([
      ['Alpha', 'Warga kota', ['identity']],
      ['Alpha', 'kota menjaga norma', ['civic']],
      ['Beta', 'Identitas kota', ['identity']],
    ]);
  });
});

describe('exportMatrix', () => {
  it('writes the counts of a matrix to CSV and XLSX, and a table to DOCX and SVG', async () => {
    const f = matrixFixture();
    const display = createMatrixDisplay(f.ctx, {
      name: 'Counts',
      template: null,
      config: {
        rows: { source: 'documents' },
        columns: [
          { kind: 'code', codeId: f.codes.identity },
          { kind: 'code', codeId: f.codes.norm },
        ],
      },
    });
    const csv = await exportMatrix(f.ctx, display.id, 'csv');
    expect(csv.fileName).toBe('Counts.csv');
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toBe(
      '\uFEFFDocument,identity,norm\r\nAlpha,2,1\r\nBeta,1,0\r\nGamma,1,0\r\n',
    );
    const xlsx = await exportMatrix(f.ctx, display.id, 'xlsx');
    const [sheet] = readXlsxSheets(Buffer.from(xlsx.base64, 'base64'));
    expect(sheet?.rows).toEqual([
      ['Document', 'identity', 'norm'],
      ['Alpha', '2', '1'],
      ['Beta', '1', '0'],
      ['Gamma', '1', '0'],
    ]);
    // Counts are stored as numbers, so a spreadsheet sums and sorts them.
    const sheetXml = strFromU8(
      unzipSync(Buffer.from(xlsx.base64, 'base64'))['xl/worksheets/sheet1.xml'] ?? new Uint8Array(),
    );
    expect(sheetXml).toMatch(/<c r="B2"[^>]*><v>2<\/v><\/c>/u);
    const docx = await exportMatrix(f.ctx, display.id, 'docx');
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const svg = Buffer.from((await exportMatrix(f.ctx, display.id, 'svg')).base64, 'base64');
    expect(svg.toString()).toContain('<text');
    expect(svg.toString()).toContain('>Gamma</text>');
  });
});
