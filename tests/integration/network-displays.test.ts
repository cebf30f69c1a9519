import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { readXlsxSheets } from '../../core/exchange/office/read-xlsx';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('network displays through the dispatch', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  const { call, ok } = dispatchCalls(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-network-'));
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: {
        now: () => 1_700_000_000_000 + n * 10_000,
        newId: () => `id-${String(++n).padStart(5, '0')}`,
      },
    });
    await ok('project.createSample', { file: join(dir, 'sample.telaah'), coder: 'Ayu' });
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds co-occurring codes in the sample project and the excerpts behind a cell', async () => {
    const table = await ok('cooccurrence.table', {});
    expect(table.codes.length).toBeGreaterThanOrEqual(4);
    const top = [...table.pairs].sort((a, b) => b.count - a.count)[0];
    expect(top?.count).toBeGreaterThan(0);
    const excerpts = await ok('cooccurrence.excerpts', { codeA: top!.codeA, codeB: top!.codeB });
    expect(excerpts).toHaveLength(top!.count);
    for (const pair of excerpts) {
      expect(pair.a.codeId).toBe(top!.codeA);
      expect(pair.b.codeId).toBe(top!.codeB);
      expect(pair.a.start < pair.b.end && pair.b.start < pair.a.end).toBe(true);
      const doc = await ok('documents.get', { id: pair.documentId });
      expect(doc.text.slice(pair.a.start, pair.a.end)).toBe(pair.a.quote);
    }
    const wider = await ok('cooccurrence.table', { proximity: { mode: 'paragraph' } });
    const total = (t: typeof table) => t.pairs.reduce((s, p) => s + p.count, 0);
    expect(total(wider)).toBeGreaterThanOrEqual(total(table));
  });

  it('draws a typed link that the graph shows and undo removes', async () => {
    const codes = await ok('codes.list', {});
    const norm = codes.find((c) => c.name === 'norm')!;
    const obstacle = codes.find((c) => c.name === 'obstacle')!;
    const link = await ok('codeLinks.create', {
      sourceCodeId: norm.id,
      targetCodeId: obstacle.id,
      type: 'leads to',
    });
    const config = {
      measure: 'count' as const,
      threshold: 1,
      showCooccurrence: true,
      showLinks: true,
      positions: {},
    };
    const graph = await ok('network.graph', config);
    expect(graph.links).toEqual([link]);
    expect(graph.nodes.every((node) => node.x > 0 && node.y > 0)).toBe(true);
    const again = await ok('network.graph', config);
    expect(again.nodes).toEqual(graph.nodes);
    await ok('history.undo', {});
    expect(await ok('codeLinks.list', {})).toEqual([]);
    await ok('history.redo', {});
    expect(await ok('codeLinks.list', {})).toEqual([link]);
  });

  it('saves a network with its layout and reopens it the same', async () => {
    const config = {
      measure: 'count' as const,
      threshold: 1,
      showCooccurrence: true,
      showLinks: true,
      positions: {},
    };
    const graph = await ok('network.graph', config);
    const positions = Object.fromEntries(
      graph.nodes.map((node, i) => [node.id, { x: 100 + i * 50, y: 200 }]),
    );
    const saved = await ok('networkDisplays.save', {
      kind: 'network',
      name: 'Norms and obstacles',
      config: { ...config, positions },
    });
    const reopened = await ok('networkDisplays.get', { id: saved.id });
    expect(reopened).toMatchObject({ kind: 'network', config: { positions } });
    const drawn = await ok('network.graph', reopened.kind === 'network' ? reopened.config : config);
    expect(drawn.nodes.map((node) => ({ x: node.x, y: node.y }))).toEqual(Object.values(positions));
  });

  it('exports a chart by attribute as XLSX and refuses an unknown variable', async () => {
    const sourceType = (await ok('variables.list', {})).find((v) => v.name === 'source type')!;
    const file = await ok('networkDisplays.export', {
      kind: 'chart',
      config: { by: 'variable', variableId: sourceType.id, measure: 'codings', stacked: true },
      name: 'By source type',
      format: 'xlsx',
    });
    const [sheet] = readXlsxSheets(Buffer.from(file.base64, 'base64'));
    expect(sheet?.rows[0]?.[0]).toBe('source type');
    expect(sheet?.rows.length).toBeGreaterThan(1);
    const totals = sheet!.rows.slice(1).map((r) => Number(r[r.length - 1]));
    const chart = await ok('charts.frequency', {
      by: 'variable',
      variableId: sourceType.id,
      measure: 'codings',
      stacked: true,
    });
    expect(totals).toEqual(chart.values.map((row) => row.reduce((s, v) => s + v, 0)));
    const bad = await call('charts.frequency', {
      by: 'variable',
      variableId: 'nope',
      measure: 'codings',
      stacked: false,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
