import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import type { RetrievalQuery } from '../../core/api/contracts/retrieval';
import { readXlsxSheets } from '../../core/exchange/office/read-xlsx';
import { dispatchCalls } from '../helpers/dispatch-calls';

describe('retrieval, saved queries, summaries and exports through dispatch', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  let codes: Map<string, string>;
  const { call, ok } = dispatchCalls(() => app);
  const code = (name: string, includeSubcodes = true) => ({
    op: 'code' as const,
    codeId: codes.get(name) ?? name,
    includeSubcodes,
  });
  const within = (): RetrievalQuery => ({
    root: {
      op: 'within',
      left: code('identity'),
      right: code('norm'),
      distance: 3,
      unit: 'paragraphs',
      sameCoder: false,
    },
    filters: {},
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-retrieval-'));
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: { now: () => 1_700_000_000_000 + n, newId: () => `id-${String(++n).padStart(5, '0')}` },
    });
    await ok('project.createSample', { file: join(dir, 'sample.telaah'), coder: 'Ayu' });
    codes = new Map((await ok('codes.list', {})).map((c) => [c.name, c.id]));
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a code query with page, coder and context on each row', async () => {
    const result = await ok('retrieval.run', { query: { root: code('identity') } });
    expect(result.rows.length).toBeGreaterThan(0);
    const segments = await ok('segments.list', { codeId: codes.get('identity')! });
    expect(result.rows.map((r) => r.segmentIds[0]).sort()).toEqual(
      segments.map((s) => s.id).sort(),
    );
    for (const row of result.rows) {
      expect(row.codePaths).toContain('identity');
      expect(row.coderNames.length).toBe(1);
      expect(row.context.before.length + row.context.after.length).toBeGreaterThan(0);
    }
  });

  it('refuses a query on a code that does not exist', async () => {
    const result = await call('retrieval.run', { query: { root: code('no-such-code') } });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('saves, renames, runs, updates and deletes a query, and undo brings it back', async () => {
    const saved = await ok('queries.create', {
      name: 'Identitas dekat norma',
      definition: within(),
    });
    expect((await ok('queries.list', {})).map((q) => q.name)).toEqual(['Identitas dekat norma']);
    const clash = await call('queries.create', {
      name: 'identitas DEKAT norma',
      definition: within(),
    });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const renamed = await ok('queries.update', { id: saved.id, name: 'Identitas × norma' });
    expect(renamed.definition).toEqual(within());
    const direct = await ok('retrieval.run', { query: within() });
    expect((await ok('queries.run', { id: saved.id })).rows).toEqual(direct.rows);
    await ok('queries.update', { id: saved.id, definition: { root: code('norm'), filters: {} } });
    const norm = await ok('retrieval.run', { query: { root: code('norm') } });
    expect((await ok('queries.run', { id: saved.id })).rows).toEqual(norm.rows);
    await ok('queries.delete', { id: saved.id });
    expect(await ok('queries.list', {})).toEqual([]);
    await ok('history.undo', {});
    const back = await ok('queries.list', {});
    expect(back.map((q) => q.name)).toEqual(['Identitas × norma']);
    expect(back[0]?.definition.root).toEqual(code('norm'));
    await ok('queries.delete', { id: saved.id });
  });

  it('writes a code summary linked to excerpts; unlink and undo of a delete restore the links', async () => {
    const rows = (
      await ok('retrieval.run', {
        query: { root: { op: 'or', operands: [code('identity'), code('norm')] } },
      })
    ).rows;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const picked = rows.slice(0, 2).flatMap((r) => r.segmentIds);
    const summary = await ok('summaries.create', {
      scope: 'code',
      codeId: codes.get('identity')!,
      title: 'Identitas kota',
      bodyText: 'Kota memandang dirinya sebagai pelabuhan terbuka.',
      segmentIds: picked,
    });
    expect(summary.excerpts.map((e) => e.segmentId).sort()).toEqual([...picked].sort());
    expect(summary.excerpts[0]?.documentTitle).not.toBe('');
    expect(summary.bodyJson).toMatchObject({ type: 'doc' });
    const again = await ok('summaries.link', { id: summary.id, segmentIds: picked });
    expect(again.excerpts.length).toBe(picked.length);
    const fewer = await ok('summaries.unlink', { id: summary.id, segmentIds: [picked[0]!] });
    expect(fewer.excerpts.map((e) => e.segmentId)).toEqual([picked[1]]);
    await ok('history.undo', {});
    expect((await ok('summaries.get', { id: summary.id })).excerpts.length).toBe(2);
    await ok('summaries.delete', { id: summary.id });
    expect(await ok('summaries.list', { scope: 'code' })).toEqual([]);
    await ok('history.undo', {});
    const restored = await ok('summaries.get', { id: summary.id });
    expect(restored.excerpts.length).toBe(2);
    expect((await ok('summaries.list', { codeId: codes.get('identity')! }))[0]?.excerptCount).toBe(
      2,
    );
  });

  it('keeps a document summary form by stable keys and refuses a cell without its case', async () => {
    const doc = (await ok('documents.list', {}))[0]!;
    const form = await ok('summaries.create', {
      scope: 'document',
      documentId: doc.id,
      fields: { mainThemes: 'Kerja sama kota', salient: 'Anggaran dipangkas', newQuestions: '' },
    });
    expect(form.fields).toEqual({ mainThemes: 'Kerja sama kota', salient: 'Anggaran dipangkas' });
    const updated = await ok('summaries.update', {
      id: form.id,
      fields: { mainThemes: 'Identitas' },
    });
    expect(updated.fields).toEqual({ mainThemes: 'Identitas' });
    const cell = await call('summaries.create', { scope: 'cell', codeId: codes.get('norm')! });
    expect(cell).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('exports a retrieval as CSV with a BOM, XLSX and DOCX with the query in words', async () => {
    const query: RetrievalQuery = { root: code('norm'), filters: {} };
    const rows = (await ok('retrieval.run', { query })).rows;
    const csvFile = await ok('retrieval.export', { query, format: 'csv', title: 'norma' });
    expect(csvFile.fileName).toBe('norma.csv');
    const csv = Buffer.from(csvFile.base64, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFFdocument,page,case,code,coder,quote,start,end')).toBe(true);
    expect(csv.trimEnd().split('\r\n').length).toBe(rows.length + 1);
    expect(csv).toContain(rows[0]!.quote.slice(0, 30));
    const xlsx = await ok('retrieval.export', { query, format: 'xlsx' });
    const [sheet] = readXlsxSheets(new Uint8Array(Buffer.from(xlsx.base64, 'base64')));
    expect(sheet?.rows.length).toBe(rows.length + 1);
    expect(sheet?.rows[1]?.[5]).toBe(rows[0]!.quote);
    const docx = await ok('retrieval.export', { query: within(), format: 'docx', language: 'id' });
    const xml = strFromU8(
      unzipSync(new Uint8Array(Buffer.from(docx.base64, 'base64')))['word/document.xml']!,
    );
    expect(xml).toContain(
      '“identity” (dengan subkode) DALAM JARAK 3 paragraf DARI “norm” (dengan subkode)',
    );
    expect(xml).toContain('Penelusuran');
  });
});
