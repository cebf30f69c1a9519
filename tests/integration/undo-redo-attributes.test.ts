import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { testDeps } from '../helpers/create-test-db';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('attributes, cases, memos and segment details through dispatch', () => {
  let dir: string;
  let app: AppDispatch;
  let documentId = '';
  const { call, ok } = dispatchCalls(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-attributes-'));
    writeFileSync(join(dir, 'brief.md'), '# Brief\n\nAnggaran perjalanan dipangkas tiap tahun.\n');
    app = createAppDispatch({ version: '0.0.0-test', deps: testDeps(), settingsFile: null });
    await ok('project.create', { file: join(dir, 'p.telaah'), coder: 'Ayu' });
    const [outcome] = await ok('documents.import', { paths: [join(dir, 'brief.md')] });
    if (!outcome?.ok) throw new Error('import failed');
    documentId = outcome.document.id;
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('defines, sets, renames and deletes a variable, and undo brings its values back', async () => {
    const year = await ok('variables.define', { name: 'year', type: 'number', scope: 'document' });
    expect(
      await ok('documents.setValue', { documentId, variableId: year.id, value: '2021' }),
    ).toEqual({ documentId, variableId: year.id, value: '2021' });
    await ok('variables.rename', { id: year.id, name: 'tahun' });
    expect((await ok('documents.list', {}))[0]?.attributes).toEqual({ tahun: '2021' });
    expect(await ok('variables.delete', { id: year.id })).toEqual({ deletedValues: 1 });
    expect(await ok('variables.list', {})).toEqual([]);
    await ok('history.undo', {});
    expect((await ok('variables.list', { scope: 'document' })).map((v) => v.name)).toEqual([
      'tahun',
    ]);
    expect((await ok('documents.list', {}))[0]?.attributes).toEqual({ tahun: '2021' });
  });

  it('returns a typed validation message when a value does not fit the variable', async () => {
    const date = await ok('variables.define', { name: 'signed', type: 'date', scope: 'document' });
    const result = await call('documents.setValue', {
      documentId,
      variableId: date.id,
      value: '31/12/2020',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toContain('a date (yyyy-mm-dd)');
  });

  it('creates a case, assigns a document and sets a case value', async () => {
    const pair = await ok('cases.create', { name: 'Surabaya–Kitakyushu' });
    await ok('cases.assign', { caseId: pair.id, documentId });
    await ok('cases.assign', { caseId: pair.id, documentId });
    const region = await ok('variables.define', { name: 'region', type: 'text', scope: 'case' });
    await ok('cases.setValue', { caseId: pair.id, variableId: region.id, value: 'Jawa Timur' });
    expect(await ok('cases.list', {})).toEqual([
      { ...pair, documentIds: [documentId], attributes: { region: 'Jawa Timur' } },
    ]);
  });

  it('gets a segment with its codes and coder, and a code with its count', async () => {
    const norm = (await ok('codes.list', {})).find((c) => c.name === 'norm');
    const segment = await ok('segments.code', {
      documentId,
      start: 7,
      end: 15,
      codeIds: [norm?.id ?? ''],
    });
    const detail = await ok('segments.get', { id: segment.id });
    expect(detail).toMatchObject({
      id: segment.id,
      quote: 'Anggaran',
      coderName: 'Ayu',
      documentTitle: 'Brief',
      page: null,
      codes: [{ id: norm?.id, name: 'norm', path: 'norm', color: norm?.color }],
    });
    expect(await ok('codes.get', { id: norm?.id ?? '' })).toMatchObject({ codingCount: 1 });
    expect(await call('segments.get', { id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('creates, updates, lists, searches and deletes a memo through dispatch', async () => {
    const memo = await ok('memos.create', {
      title: 'Dokumen ini',
      bodyJson: { type: 'doc', content: [] },
      bodyText: 'Ringkas dan padat.',
      targetType: 'document',
      targetId: documentId,
    });
    await ok('memos.update', { id: memo.id, bodyText: 'Ringkas, padat, jelas.' });
    expect(await ok('memos.list', { targetType: 'document', targetId: documentId })).toMatchObject([
      { id: memo.id, preview: 'Ringkas, padat, jelas.' },
    ]);
    expect(await ok('memos.get', { id: memo.id })).toMatchObject({ bodyJson: { type: 'doc' } });
    expect(await ok('memos.search', { query: 'jelas' })).toMatchObject([{ id: memo.id }]);
    expect(await ok('memos.delete', { id: memo.id })).toBeNull();
    expect(await ok('memos.list', {})).toEqual([]);
  });
});
