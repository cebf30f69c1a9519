import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('app dispatch', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  const { call, ok } = dispatchCalls(() => app);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-dispatch-'));
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\nWarga kota menjaga norma gotong royong.\n');
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: { now: () => 1_700_000_000_000, newId: () => `id-${String(++n).padStart(4, '0')}` },
    });
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses project calls before a project is open', async () => {
    const result = await call('documents.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'project_not_open' } });
  });

  it('rejects input that does not match the contract', async () => {
    const result = await app.dispatch('segments.code', { documentId: 'x', start: -1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('rejects channels outside the contract', async () => {
    const result = await app.dispatch('fs.readFile', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('creates a project, imports, codes and searches through one dispatch', async () => {
    const info = await ok('project.create', { file: join(dir, 'p.telaah'), coder: 'Ayu' });
    expect(info.coder.name).toBe('Ayu');
    const [outcome] = await ok('documents.import', { paths: [join(dir, 'notes.md')] });
    if (!outcome?.ok) throw new Error('import failed');
    const norm = (await ok('codes.list', {})).find((c) => c.name === 'norm');
    const [hit] = await ok('search.text', { query: 'GOTONG' });
    expect(hit).toMatchObject({ documentId: outcome.document.id });
    const segment = await ok('segments.code', {
      documentId: outcome.document.id,
      start: hit!.start,
      end: hit!.end,
      codeIds: [norm!.id],
    });
    expect(segment.quote).toBe('gotong');
    const listed = await ok('segments.list', { codeId: norm!.id });
    expect(listed.map((s) => s.id)).toEqual([segment.id]);
  });

  it('returns a specific error code for a failed import and keeps the project unchanged', async () => {
    writeFileSync(join(dir, 'empty.pdf'), '');
    const [outcome] = await ok('documents.import', { paths: [join(dir, 'empty.pdf')] });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'import_empty_file' } });
    expect(await ok('documents.list', {})).toHaveLength(1);
  });
});
