import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { segmentsFromSpans } from '../../renderer/app/segments-from-spans';
import { fillerLines, makePdf } from '../helpers/make-pdf';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('segments.spans', () => {
  let dir: string;
  let app: AppDispatch;
  const { ok } = dispatchCalls(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-spans-'));
    const pages = [1, 2, 3].map((n) => ({ columns: [fillerLines(30, n)], pageNumber: 40 + n }));
    writeFileSync(join(dir, 'laporan.pdf'), await makePdf(pages, 'Laporan kota'));
    app = createAppDispatch({ version: '0.0.0-test', settingsFile: null });
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rebuilds exactly the full listing from the document text, page map and codebook', async () => {
    const file = join(dir, 'p.telaah');
    await ok('project.create', { file, coder: 'Ayu' });
    const [outcome] = await ok('documents.import', { paths: [join(dir, 'laporan.pdf')] });
    if (!outcome?.ok) throw new Error('import failed');
    const documentId = outcome.document.id;
    const doc = await ok('documents.get', { id: documentId });
    expect(doc.pageMap?.length).toBe(3);
    const parent = (await ok('codes.list', {})).find((c) => c.name === 'culture');
    const child = await ok('codes.create', { name: 'bahasa', parentId: parent!.id });
    const codes = await ok('codes.list', {});
    const id = (name: string): string => codes.find((c) => c.name === name)!.id;
    // Overlapping ranges on every page, one with two codes, one at the very start.
    const step = Math.floor(doc.text.length / 9);
    for (let i = 0; i < 9; i++) {
      const start = i * step + (i % 3);
      const ids = i % 4 === 0 ? [id('norm'), child.id] : [id(i % 2 ? 'identity' : 'obstacle')];
      await ok('segments.code', { documentId, start, end: start + 40 + i * 7, codeIds: ids });
    }
    await ok('project.open', { file, coder: 'Dewi' });
    await ok('segments.code', { documentId, start: 5, end: 60, codeIds: [id('norm')] });

    const listed = await ok('segments.list', { documentId });
    const spans = await ok('segments.spans', { documentId });
    expect(spans.coderIds).toHaveLength(2);
    expect(listed).toHaveLength(10);
    expect(segmentsFromSpans(spans, doc, codes)).toEqual(listed);
    expect(new Set(listed.map((s) => s.page?.page))).toEqual(new Set([1, 2, 3]));
    expect(listed.some((s) => s.codePaths.includes('culture/bahasa'))).toBe(true);
  });

  it('is a fraction of the full listing’s size for the same segments', async () => {
    const [doc] = await ok('documents.list', {});
    const listed = JSON.stringify(await ok('segments.list', { documentId: doc!.id }));
    const spans = JSON.stringify(await ok('segments.spans', { documentId: doc!.id }));
    expect(spans.length * 2).toBeLessThan(listed.length);
  });
});
