import { describe, expect, it } from 'vitest';
import { createCodeLink } from '../../../../../core/analysis/network/code-links';
import { exportDisplay } from '../../../../../core/analysis/network/export-display';
import {
  deleteNetworkDisplay,
  listNetworkDisplays,
  saveNetworkDisplay,
} from '../../../../../core/analysis/network/network-displays';
import { networkTable } from '../../../../../core/analysis/network/network-table';
import { readXlsxSheets } from '../../../../../core/exchange/office/read-xlsx';
import { undo } from '../../../../../core/history/undo-redo';
import { networkFixture } from './network-fixture';

const networkConfig = {
  measure: 'count' as const,
  threshold: 1,
  showCooccurrence: true,
  showLinks: true,
  positions: {},
};

describe('networkTable', () => {
  it('prints a saved network as its links and edges with an SVG that keeps the saved layout', () => {
    const { ctx, codes, code } = networkFixture();
    code('norma gotong', [codes.a, codes.b]);
    createCodeLink(ctx, { sourceCodeId: codes.b, targetCodeId: codes.c, type: 'leads to' });
    const positions = {
      [codes.a]: { x: 111, y: 222 },
      [codes.b]: { x: 500, y: 300 },
      [codes.c]: { x: 800, y: 400 },
    };
    const display = saveNetworkDisplay(ctx, {
      kind: 'network',
      name: 'Norms',
      config: { ...networkConfig, positions },
    });
    const table = networkTable(ctx, display.id);
    expect(table.title).toBe('Norms');
    expect(table.rows).toEqual([
      { label: 'beta', cells: ['leads to', 'gamma', '', ''] },
      { label: 'alpha', cells: ['co-occurs with', 'beta', '1', ''] },
    ]);
    expect(table.svg).toContain('<svg');
    expect(table.svg).toContain('cx="111" cy="222"');
    expect(table.svg).toContain('marker-end="url(#arrow)"');
  });

  it('prints a co-occurrence display as a symmetric code × code table with a heatmap', () => {
    const { ctx, codes, code } = networkFixture();
    code('norma gotong', [codes.a, codes.b]);
    code('Pelabuhan', [codes.a, codes.c]);
    const display = saveNetworkDisplay(ctx, {
      kind: 'cooccurrence',
      name: 'All codes',
      config: { measure: 'count' },
    });
    const table = networkTable(ctx, display.id);
    expect(table.columns).toEqual(['Code', 'alpha', 'beta', 'gamma']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['', '1', '1'],
      ['1', '', '0'],
      ['1', '0', ''],
    ]);
    expect(table.svg).toContain('alpha × beta: 1');
  });

  it('refuses a display that does not exist', () => {
    const { ctx } = networkFixture();
    expect(() => networkTable(ctx, 'missing')).toThrow(/Display not found/u);
  });
});

describe('saved displays', () => {
  it('saves, renames and deletes a display, each change undoable', () => {
    const { ctx } = networkFixture();
    const saved = saveNetworkDisplay(ctx, {
      kind: 'chart',
      name: 'By year',
      config: { by: 'document', measure: 'codings', stacked: true },
    });
    const renamed = saveNetworkDisplay(ctx, { ...saved, name: 'By paper' });
    expect(listNetworkDisplays(ctx).map((d) => d.name)).toEqual(['By paper']);
    deleteNetworkDisplay(ctx, renamed.id);
    expect(listNetworkDisplays(ctx)).toEqual([]);
    undo(ctx);
    undo(ctx);
    expect(listNetworkDisplays(ctx)).toMatchObject([{ name: 'By year', kind: 'chart' }]);
  });
});

describe('exportDisplay', () => {
  it('writes the table as XLSX with numbers, and as CSV in Indonesian', () => {
    const { ctx, codes, code } = networkFixture();
    code('norma gotong', [codes.a, codes.b]);
    const spec = {
      kind: 'chart' as const,
      config: { by: 'document' as const, measure: 'codings' as const, stacked: false },
    };
    const xlsx = exportDisplay(ctx, spec, 'Frekuensi', 'xlsx');
    expect(xlsx.fileName).toBe('Frekuensi.xlsx');
    const [sheet] = readXlsxSheets(Buffer.from(xlsx.base64, 'base64'));
    expect(sheet?.rows).toEqual([
      ['Document', 'alpha', 'beta', 'gamma', 'Total'],
      ['Laporan', '1', '1', '0', '2'],
    ]);
    const csv = Buffer.from(
      exportDisplay(ctx, spec, 'Frekuensi', 'csv', 'id').base64,
      'base64',
    ).toString('utf8');
    expect(csv).toBe('\uFEFFDokumen,alpha,beta,gamma,Total\r\nLaporan,1,1,0,2\r\n');
    const svg = Buffer.from(exportDisplay(ctx, spec, 'Frekuensi', 'svg').base64, 'base64').toString(
      'utf8',
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/u);
  });
});
