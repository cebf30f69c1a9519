import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('matrix displays through the dispatch', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  const { call, ok } = dispatchCalls(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-matrix-'));
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: { now: () => 1_700_000_000_000 + n, newId: () => `id-${String(++n).padStart(5, '0')}` },
    });
    await ok('project.createSample', { file: join(dir, 'sample.telaah'), coder: 'Ayu' });
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds a role-ordered matrix of the sample papers by source type', async () => {
    const display = await ok('displays.createMatrix', {
      name: 'By source type',
      template: 'role-ordered',
    });
    const { data } = await ok('displays.getMatrix', { id: display.id });
    expect(data.rows.map((r) => r.label)).toEqual(['interview', 'journal article', 'policy brief']);
    expect(data.columns.map((c) => c.label)).toEqual(['identity', 'norm', 'culture', 'obstacle']);
    const codes = await ok('codes.list', {});
    const identity = codes.find((c) => c.name === 'identity');
    const total = data.cells.reduce((sum, line) => sum + (line[0]?.codings ?? 0), 0);
    expect(total).toBe(identity?.codingCount);
  });

  it('writes an entry, undoes it with history.undo, and refuses a matrix of unknown id', async () => {
    const display = await ok('displays.createMatrix', { name: 'Checklist', template: 'checklist' });
    const { data } = await ok('displays.getMatrix', { id: display.id });
    const rowKey = data.rows[0]?.key ?? '';
    const columnKey = data.columns[1]?.key ?? '';
    const [excerpt] = await ok('displays.cellExcerpts', { id: display.id, rowKey, columnKey });
    await ok('displays.setEntry', {
      id: display.id,
      rowKey,
      columnKey,
      text: 'present in every paper',
      rating: 2,
      symbol: '✓',
      segmentIds: excerpt ? [excerpt.segmentId] : [],
    });
    const table = await ok('displays.matrixTable', { id: display.id });
    expect(table.rows[0]?.cells[1]).toBe('✓ 2 present in every paper');
    await ok('history.undo', {});
    const after = await ok('displays.matrixTable', { id: display.id });
    expect(after.rows[0]?.cells[1]).toBe('');
    const missing = await call('displays.getMatrix', { id: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('rejects a configuration that does not match the contract', async () => {
    const result = await app.dispatch('displays.createMatrix', {
      name: 'Broken',
      config: { rows: { source: 'everything' }, columns: [] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('renames a matrix and keeps its arrangement', async () => {
    const display = await ok('displays.createMatrix', {
      name: 'Over time',
      template: 'time-ordered',
    });
    const renamed = await ok('displays.updateMatrix', { id: display.id, name: 'By year' });
    expect(renamed.name).toBe('By year');
    expect(renamed.config).toEqual(display.config);
    const { data } = await ok('displays.getMatrix', { id: display.id });
    expect(data.rows.map((r) => r.label)).toEqual(['2021', '2022', '2023']);
  });

  it('exports a DOCX table of the matrix', async () => {
    const [display] = await ok('displays.list', { kind: 'matrix' });
    const file = await ok('displays.exportMatrix', { id: display?.id ?? '', format: 'docx' });
    expect(file.mimeType).toContain('wordprocessingml');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
