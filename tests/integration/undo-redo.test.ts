import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { testDeps } from '../helpers/create-test-db';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('undo and redo', () => {
  let dir: string;
  let deps: ReturnType<typeof testDeps>;
  let app: AppDispatch;
  const { ok } = dispatchCalls(() => app);
  const start = () => createAppDispatch({ version: '0.0.0-test', deps, settingsFile: null });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-undo-'));
    writeFileSync(
      join(dir, 'notes.md'),
      '# Catatan\n\nWarga menjaga norma gotong royong di kota.\n',
    );
    deps = testDeps();
    app = start();
    await ok('project.create', { file: join(dir, 'p.telaah'), coder: 'Ayu' });
    await ok('documents.import', { paths: [join(dir, 'notes.md')] });
  });
  afterEach(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const setup = async () => {
    const [doc] = await ok('documents.list', {});
    const codes = await ok('codes.list', {});
    const id = (name: string) => codes.find((c) => c.name === name)?.id ?? '';
    const [hit] = await ok('search.text', { query: '"gotong royong"' });
    if (doc === undefined || hit === undefined) throw new Error('no document or hit');
    return { doc, id, hit };
  };

  it('removes a coded segment on undo and brings it back with the same ids on redo', async () => {
    const { doc, id, hit } = await setup();
    const segment = await ok('segments.code', { ...hit, codeIds: [id('norm'), id('culture')] });
    const coded = await ok('segments.list', { documentId: doc.id });
    expect(await ok('history.state', {})).toMatchObject({
      canUndo: true,
      canRedo: false,
      undoAction: 'segments.code',
    });
    expect(await ok('history.undo', {})).toEqual({
      done: true,
      action: 'segments.code',
      label: 'gotong royong',
    });
    expect(await ok('segments.list', { documentId: doc.id })).toEqual([]);
    expect(await ok('history.state', {})).toMatchObject({
      canRedo: true,
      redoAction: 'segments.code',
    });
    expect(await ok('history.redo', {})).toMatchObject({ done: true, action: 'segments.code' });
    expect(await ok('segments.list', { documentId: doc.id })).toEqual(coded);
    expect(coded[0]?.id).toBe(segment.id);
  });

  it('restores both codes and every coding when a merge is undone', async () => {
    const { doc, id, hit } = await setup();
    await ok('segments.code', { ...hit, codeIds: [id('norm'), id('culture')] });
    await ok('segments.code', { documentId: doc.id, start: 0, end: 7, codeIds: [id('culture')] });
    const child = await ok('codes.create', { name: 'festival', parentId: id('culture') });
    const codesBefore = await ok('codes.list', {});
    const segmentsBefore = await ok('segments.list', {});
    await ok('codes.merge', { sourceIds: [id('culture')], targetId: id('norm') });
    expect((await ok('codes.list', {})).some((c) => c.name === 'culture')).toBe(false);
    await ok('history.undo', {});
    expect(await ok('codes.list', {})).toEqual(codesBefore);
    expect(await ok('segments.list', {})).toEqual(segmentsBefore);
    expect((await ok('codes.list', {})).find((c) => c.id === child.id)?.parentId).toBe(
      id('culture'),
    );
  });

  it('restores a deleted code subtree with its codings and orphaned segments', async () => {
    const { hit, id } = await setup();
    const child = await ok('codes.create', { name: 'festival', parentId: id('culture') });
    await ok('segments.code', { ...hit, codeIds: [child.id] });
    const codesBefore = await ok('codes.list', {});
    const segmentsBefore = await ok('segments.list', {});
    await ok('codes.delete', { id: id('culture') });
    expect(await ok('segments.list', {})).toEqual([]);
    await ok('history.undo', {});
    expect(await ok('codes.list', {})).toEqual(codesBefore);
    expect(await ok('segments.list', {})).toEqual(segmentsBefore);
  });

  it('undoes and redoes after the project is reopened in a new session', async () => {
    const { doc, id, hit } = await setup();
    await ok('segments.code', { ...hit, codeIds: [id('norm')] });
    app.close();
    app = start();
    await ok('project.open', { file: join(dir, 'p.telaah'), coder: 'Budi' });
    expect(await ok('history.state', {})).toMatchObject({
      canUndo: true,
      undoAction: 'segments.code',
    });
    await ok('history.undo', {});
    expect(await ok('segments.list', { documentId: doc.id })).toEqual([]);
    app.close();
    app = start();
    await ok('project.open', { file: join(dir, 'p.telaah'), coder: 'Ayu' });
    expect(await ok('history.state', {})).toMatchObject({ canRedo: true });
    await ok('history.redo', {});
    expect(await ok('segments.list', { documentId: doc.id })).toHaveLength(1);
  });

  it('clears redo when a new change follows an undo', async () => {
    const { id, hit } = await setup();
    await ok('segments.code', { ...hit, codeIds: [id('norm')] });
    await ok('history.undo', {});
    await ok('codes.create', { name: 'trust' });
    expect(await ok('history.state', {})).toMatchObject({
      canRedo: false,
      undoAction: 'codes.create',
    });
    expect(await ok('history.redo', {})).toEqual({ done: false, action: null, label: null });
  });

  it('steps back through several changes and forward again in order', async () => {
    const { id, hit } = await setup();
    await ok('segments.code', { ...hit, codeIds: [id('norm')] });
    await ok('codes.update', { id: id('norm'), patch: { name: 'norma' } });
    await ok('history.undo', {});
    await ok('history.undo', {});
    expect(await ok('segments.list', {})).toEqual([]);
    expect((await ok('codes.get', { id: id('norm') })).name).toBe('norm');
    await ok('history.redo', {});
    expect(await ok('segments.list', {})).toHaveLength(1);
    expect((await ok('codes.get', { id: id('norm') })).name).toBe('norm');
    await ok('history.redo', {});
    expect((await ok('codes.get', { id: id('norm') })).name).toBe('norma');
    expect(await ok('history.state', {})).toMatchObject({ canRedo: false });
  });

  it('stops at a document import, which cannot be undone', async () => {
    expect(await ok('history.state', {})).toMatchObject({
      canUndo: false,
      undoBlockedBy: 'documents.create',
    });
    expect(await ok('history.undo', {})).toEqual({
      done: false,
      action: 'documents.create',
      label: null,
    });
    expect(await ok('documents.list', {})).toHaveLength(1);
  });

  it('reverts all hits of codeMany in one undo', async () => {
    const { doc, id } = await setup();
    const hits = await ok('search.text', { query: 'norma' });
    const blank = { documentId: doc.id, start: 7, end: 9 };
    const coded = await ok('segments.codeMany', {
      hits: [...hits, { documentId: doc.id, start: 0, end: 7 }, blank],
      codeIds: [id('norm')],
    });
    expect(coded.map((s) => s.quote)).toEqual(['norma', 'Catatan']);
    await ok('history.undo', {});
    expect(await ok('segments.list', {})).toEqual([]);
    expect(await ok('history.state', {})).toMatchObject({ canUndo: false });
  });
});
