import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { testDeps } from '../helpers/create-test-db';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('project.createSample', () => {
  let dir: string;
  let app: AppDispatch;
  const { ok } = dispatchCalls(() => app);
  const start = () =>
    createAppDispatch({
      version: '0.0.0-test',
      deps: testDeps(),
      settingsFile: join(dir, 'config', 'settings.json'),
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-sample-'));
    app = start();
  });
  afterEach(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens a project with three papers, attributes, cases, codings by two coders and a memo', async () => {
    const info = await ok('project.createSample', { file: join(dir, 's.telaah'), coder: 'Ayu' });
    expect(info).toMatchObject({ name: 's.telaah', coder: { name: 'Ayu' } });
    const docs = await ok('documents.list', {});
    expect(docs.map((d) => [d.kind, d.attributes['source type']])).toEqual([
      ['markdown', 'journal article'],
      ['txt', 'interview'],
      ['markdown', 'policy brief'],
    ]);
    expect(docs[0]?.title).toMatch(/^Kerja Sama Sister City/u);
    expect((await ok('cases.list', {})).map((c) => c.documentIds.length)).toEqual([1, 1, 1]);
    expect((await ok('coders.list', {})).map((c) => c.name)).toEqual(['Ayu', 'Dewi']);
    const codes = await ok('codes.list', {});
    expect(codes.map((c) => [c.name, c.codingCount > 0])).toEqual([
      ['identity', true],
      ['norm', true],
      ['culture', true],
      ['obstacle', true],
    ]);
    const segments = await ok('segments.list', {});
    expect(segments).toHaveLength(13);
    expect(new Set(segments.map((s) => s.coderId)).size).toBe(2);
    expect(await ok('memos.list', { targetType: 'project' })).toMatchObject([
      { title: 'About this sample project' },
    ]);
    expect(await ok('search.text', { query: 'angklung' })).toHaveLength(1);
  });

  it('builds the same project twice from the same clock and ids', async () => {
    await ok('project.createSample', { file: join(dir, 'a.telaah'), coder: 'Ayu' });
    const first = await ok('segments.list', {});
    app.close();
    app = start();
    await ok('project.createSample', { file: join(dir, 'b.telaah'), coder: 'Ayu' });
    expect(await ok('segments.list', {})).toEqual(first);
  });

  it('picks another second coder when the user is called Dewi', async () => {
    await ok('project.createSample', { file: join(dir, 's.telaah'), coder: 'Dewi' });
    expect((await ok('coders.list', {})).map((c) => c.name)).toEqual(['Dewi', 'Joko']);
  });

  it('adds created and opened projects to the recent list, newest first', async () => {
    await ok('project.createSample', { file: join(dir, 'a.telaah'), coder: 'Ayu' });
    await ok('project.create', { file: join(dir, 'b.telaah'), coder: 'Ayu' });
    await ok('project.open', { file: join(dir, 'a.telaah'), coder: 'Ayu' });
    const recent = await ok('project.recent', {});
    expect(recent.map((r) => [r.name, r.exists])).toEqual([
      ['a.telaah', true],
      ['b.telaah', true],
    ]);
  });
});
