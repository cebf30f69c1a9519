import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { parseCsv } from '../../core/exchange/codebook/codebook-csv';
import { readXlsxSheets } from '../../core/exchange/office/read-xlsx';
import { placeBefore } from '../../renderer/features/conclusions/place-before';
import { dispatchCalls } from '../helpers/dispatch-calls';

const text = (base64: string): string => Buffer.from(base64, 'base64').toString('utf8');
const csvRows = (base64: string): string[][] =>
  parseCsv(text(base64).replace(/^\uFEFF/u, ''), 'matrix.csv').filter((r) => r.length > 1);
const docXml = (base64: string): string =>
  strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml'] ?? new Uint8Array());

describe('analysis views through the dispatch: summaries, ledger order, dismissed, exports', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  // The clock moves only when a test moves it, so bursts of saves are exact.
  let clock = 1_700_000_000_000;
  const { call, ok, codeId } = dispatchCalls(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-polish-'));
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: { now: () => clock, newId: () => `id-${String(++n).padStart(5, '0')}` },
    });
    await ok('project.createSample', { file: join(dir, 'study.telaah'), coder: 'Ayu' });
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('summaries saved as the user types', () => {
    it('makes a burst of saves one undo step and a later save another', async () => {
      const made = await ok('summaries.create', { scope: 'code', codeId: await codeId('norm') });
      clock += 10_000;
      for (const typed of ['N', 'Norms', 'Norms travel']) {
        await ok('summaries.update', { id: made.id, bodyText: typed });
        clock += 600;
      }
      await ok('summaries.update', { id: made.id, title: 'Norm condensation' });
      clock += 5000;
      await ok('summaries.update', { id: made.id, bodyText: 'Norms travel with people' });

      await ok('history.undo', {});
      const afterFirstUndo = await ok('summaries.get', { id: made.id });
      expect(afterFirstUndo.bodyText).toBe('Norms travel');
      expect(afterFirstUndo.title).toBe('Norm condensation');
      await ok('history.undo', {});
      const afterSecondUndo = await ok('summaries.get', { id: made.id });
      expect(afterSecondUndo.bodyText).toBe('');
      expect(afterSecondUndo.title).toBe('');
      await ok('history.redo', {});
      expect((await ok('summaries.get', { id: made.id })).bodyText).toBe('Norms travel');
    });

    it('records nothing for a save that changes nothing', async () => {
      const made = await ok('summaries.create', {
        scope: 'document',
        documentId: (await ok('documents.list', {}))[0]?.id ?? '',
        fields: { mainThemes: 'Trust' },
      });
      clock += 10_000;
      const before = (await ok('history.state', {})).undoAction;
      await ok('summaries.update', { id: made.id, fields: { mainThemes: 'Trust' } });
      expect((await ok('history.state', {})).undoAction).toBe(before);
      await ok('summaries.update', { id: made.id, fields: { mainThemes: 'Trust', salient: 'x' } });
      expect((await ok('history.state', {})).undoAction).toBe('summaries.update');
      await ok('history.undo', {});
      expect((await ok('summaries.get', { id: made.id })).fields).toEqual({ mainThemes: 'Trust' });
    });

    it('starts a new step after an undo, so undo never reaches past what was undone', async () => {
      const made = await ok('summaries.create', {
        scope: 'code',
        codeId: await codeId('identity'),
      });
      clock += 10_000;
      await ok('summaries.update', { id: made.id, bodyText: 'first' });
      await ok('history.undo', {});
      clock += 100;
      await ok('summaries.update', { id: made.id, bodyText: 'second' });
      await ok('history.undo', {});
      expect((await ok('summaries.get', { id: made.id })).bodyText).toBe('');
      await ok('history.undo', {});
      await expect(call('summaries.get', { id: made.id })).resolves.toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    });
  });

  describe('the ledger order', () => {
    it('moves claims, undoes a move, and the report follows the ledger order', async () => {
      const a = await ok('conclusions.create', { claim: 'Alpha claim' });
      const b = await ok('conclusions.create', { claim: 'Beta claim' });
      const c = await ok('conclusions.create', { claim: 'Gamma claim' });
      const claims = async (): Promise<string[]> =>
        (await ok('conclusions.list', {})).map((x) => x.claim);
      expect(await claims()).toEqual(['Alpha claim', 'Beta claim', 'Gamma claim']);

      const moved = await ok('conclusions.move', { id: c.id, beforeId: a.id });
      expect(moved.map((r) => [r.claim, r.sortOrder])).toEqual([
        ['Gamma claim', 0],
        ['Alpha claim', 1],
        ['Beta claim', 2],
      ]);
      await ok('conclusions.move', { id: a.id, beforeId: null });
      expect(await claims()).toEqual(['Gamma claim', 'Beta claim', 'Alpha claim']);

      const md = text((await ok('report.export', { format: 'md', language: 'en' })).base64);
      const at = (claim: string): number => md.indexOf(claim);
      expect(at('Gamma claim')).toBeGreaterThan(-1);
      expect(at('Gamma claim')).toBeLessThan(at('Beta claim'));
      expect(at('Beta claim')).toBeLessThan(at('Alpha claim'));

      await ok('history.undo', {});
      expect(await claims()).toEqual(['Gamma claim', 'Alpha claim', 'Beta claim']);
      // Moving a claim to where it already is records nothing.
      const state = await ok('history.state', {});
      await ok('conclusions.move', { id: a.id, beforeId: b.id });
      await ok('conclusions.move', { id: b.id, beforeId: b.id });
      expect(await ok('history.state', {})).toEqual(state);
      await expect(
        call('conclusions.move', { id: 'missing', beforeId: null }),
      ).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
      for (const claim of [a, b, c]) await ok('conclusions.delete', { id: claim.id });
    });
  });

  describe('dismissed negative evidence', () => {
    it('restores a dismissed proposal so it is proposed again, or moves it to negative', async () => {
      const claim = await ok('conclusions.create', { claim: 'Identity drives partnerships' });
      const identity = await ok('conclusions.findExcerpts', { codeId: await codeId('identity') });
      const first = identity[0];
      if (first === undefined) throw new Error('the sample has identity excerpts');
      await ok('conclusions.setEvidence', {
        conclusionId: claim.id,
        segmentIds: [first.segmentId],
        role: 'supporting',
      });
      const proposed = async (): Promise<string[]> =>
        (
          await ok('conclusions.proposeNegative', { conclusionId: claim.id, terms: ['not'] })
        ).proposals
          .filter((p) => p.excerpt !== null)
          .map((p) => p.key);
      const [one, two] = await proposed();
      if (one === undefined || two === undefined) throw new Error('two proposals expected');

      await ok('conclusions.setEvidence', {
        conclusionId: claim.id,
        segmentIds: [one, two],
        role: 'dismissed',
      });
      expect(await proposed()).not.toContain(one);
      const detail = async () => (await ok('conclusions.list', {})).find((x) => x.id === claim.id);
      expect((await detail())?.dismissed.map((e) => e.segmentId).sort()).toEqual([one, two].sort());

      // Restore: the link goes, so the excerpt is proposed again.
      await ok('conclusions.removeEvidence', { conclusionId: claim.id, segmentId: one });
      expect(await proposed()).toContain(one);
      // Move to negative evidence.
      await ok('conclusions.setEvidence', {
        conclusionId: claim.id,
        segmentIds: [two],
        role: 'negative',
      });
      const after = await detail();
      expect(after?.dismissed).toEqual([]);
      expect(after?.negative.map((e) => e.segmentId)).toEqual([two]);
      await ok('history.undo', {});
      expect((await detail())?.dismissed.map((e) => e.segmentId)).toEqual([two]);
      await ok('history.undo', {});
      expect((await detail())?.dismissed.map((e) => e.segmentId).sort()).toEqual([one, two].sort());
      await ok('conclusions.delete', { id: claim.id });
    });
  });

  describe('matrix exports in the UI language', () => {
    let displayId = '';
    beforeAll(async () => {
      const identity = await codeId('identity');
      const norm = await codeId('norm');
      const display = await ok('displays.createMatrix', {
        name: 'Bands',
        template: null,
        config: {
          rows: { source: 'documents' },
          columns: [
            { kind: 'code', codeId: identity },
            { kind: 'code', codeId: norm },
          ],
          partition: { method: 'tertiles', columnKey: `code:${identity}` },
        },
      });
      displayId = display.id;
    });

    const word = { high: 'Tinggi', medium: 'Sedang', low: 'Rendah' } as const;
    const english = { high: 'High', medium: 'Medium', low: 'Low' } as const;
    const bandsOf = async () =>
      (await ok('displays.getMatrix', { id: displayId })).data.rows.map((r) => r.band);

    it('writes Indonesian band labels and headers when asked for Bahasa Indonesia', async () => {
      const bands = await bandsOf();
      expect(bands.every((b) => b !== null)).toBe(true);

      const csv = csvRows(
        (await ok('displays.exportMatrix', { id: displayId, format: 'csv', language: 'id' }))
          .base64,
      );
      expect(csv[0]?.slice(0, 2)).toEqual(['Dokumen', 'Tingkat']);
      expect(csv.slice(1).map((r) => r[1])).toEqual(bands.map((b) => (b === null ? '' : word[b])));

      const xlsx = await ok('displays.exportMatrix', {
        id: displayId,
        format: 'xlsx',
        language: 'id',
      });
      const [sheet] = readXlsxSheets(Buffer.from(xlsx.base64, 'base64'));
      expect(sheet?.rows[0]?.slice(0, 2)).toEqual(['Dokumen', 'Tingkat']);
      expect(sheet?.rows.slice(1).map((r) => r[1])).toEqual(
        bands.map((b) => (b === null ? '' : word[b])),
      );

      const docx = docXml(
        (await ok('displays.exportMatrix', { id: displayId, format: 'docx', language: 'id' }))
          .base64,
      );
      expect(docx).toContain('Tingkat');
      expect(docx).toContain('Matriks');
      const svg = text(
        (await ok('displays.exportMatrix', { id: displayId, format: 'svg', language: 'id' }))
          .base64,
      );
      for (const b of new Set(bands)) if (b !== null) expect(svg).toContain(word[b]);
      expect(svg).not.toContain('>high<');

      const en = csvRows(
        (await ok('displays.exportMatrix', { id: displayId, format: 'csv' })).base64,
      );
      expect(en[0]?.slice(0, 2)).toEqual(['Document', 'Band']);
      expect(en.slice(1).map((r) => r[1])).toEqual(
        bands.map((b) => (b === null ? '' : english[b])),
      );
    });

    it('writes the band labels of a chosen display in the report’s language', async () => {
      const report = async (language: 'en' | 'id'): Promise<string> =>
        Buffer.from(
          (await ok('report.export', { format: 'md', language, displayIds: [displayId] })).base64,
          'base64',
        ).toString('utf8');
      const id = await report('id');
      const en = await report('en');
      for (const b of new Set(await bandsOf())) {
        if (b === null) continue;
        expect(id).toContain(word[b]);
        expect(en).toContain(english[b]);
        expect(en).not.toContain(word[b]);
      }
    });
  });

  describe('placeBefore (the ledger move the view asks for)', () => {
    const all = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    const shown = [{ id: 'a' }, { id: 'c' }, { id: 'e' }];

    it('moves past the claims shown when a status filter hides some', () => {
      expect(placeBefore(all, shown, { id: 'c', direction: 'up' })).toBe('a');
      expect(placeBefore(all, shown, { id: 'c', direction: 'down' })).toBeNull();
      expect(placeBefore(all, shown, { id: 'a', direction: 'down' })).toBe('d');
      expect(placeBefore(all, shown, { id: 'a', direction: 'up' })).toBeUndefined();
      expect(placeBefore(all, shown, { id: 'e', direction: 'down' })).toBeUndefined();
    });

    it('drops a dragged claim after a claim below it and before a claim above it', () => {
      expect(placeBefore(all, all, { id: 'b', ontoId: 'd' })).toBe('e');
      expect(placeBefore(all, all, { id: 'b', ontoId: 'e' })).toBeNull();
      expect(placeBefore(all, all, { id: 'd', ontoId: 'b' })).toBe('b');
      expect(placeBefore(all, all, { id: 'd', ontoId: 'd' })).toBeUndefined();
    });
  });
});
