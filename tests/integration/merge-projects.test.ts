import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import { dispatchCalls } from '../helpers/dispatch-calls';

const PAPER_A =
  '# Kota Kembar\n\nKerja sama kota kembar membangun identitas bersama antarwarga.\n\n' +
  'Norma gotong royong menjadi dasar program pertukaran budaya.\n';
const PAPER_B =
  '# Hambatan\n\nHambatan utama adalah anggaran yang terbatas.\n\n' +
  'Budaya birokrasi memperlambat keputusan bersama.\n';

describe('merge.preview and merge.apply', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  const { call, ok } = dispatchCalls(() => app);
  const file = (name: string) => join(dir, name);
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  /** Codes `quote` in the document titled `title` with the named codes, as the open coder. */
  const code = async (title: string, quote: string, codeNames: string[]) => {
    const doc = (await ok('documents.list', {})).find((d) => d.title === title);
    const detail = await ok('documents.get', { id: doc!.id });
    const start = detail.text.indexOf(quote);
    const codes = await ok('codes.list', {});
    const codeIds = codeNames.map((name) => codes.find((c) => c.name === name)!.id);
    return ok('segments.code', { documentId: doc!.id, start, end: start + quote.length, codeIds });
  };

  /** A team lead's project with two papers and the starter codebook, copied to two coders. */
  const teamProjects = async () => {
    writeFileSync(file('kota.md'), PAPER_A);
    writeFileSync(file('hambatan.md'), PAPER_B);
    await ok('project.create', { file: file('lead.telaah'), coder: 'Lead' });
    await ok('documents.import', { paths: [file('kota.md'), file('hambatan.md')] });
    await ok('project.close', {});
    copyFileSync(file('lead.telaah'), file('ayu.telaah'));
    copyFileSync(file('lead.telaah'), file('budi.telaah'));
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-merge-'));
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: { now: () => 1_700_000_000_000 + n, newId: () => `id-${String(++n).padStart(5, '0')}` },
    });
  });
  afterEach(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('carries both coders’ codings, lists a renamed code and changes nothing the second time', async () => {
    await teamProjects();
    await ok('project.open', { file: file('ayu.telaah'), coder: 'Ayu' });
    await code('Kota Kembar', 'identitas bersama', ['identity']);
    await code('Hambatan', 'anggaran yang terbatas', ['obstacle', 'norm']);
    const culture = (await ok('codes.list', {})).find((c) => c.name === 'culture')!;
    await ok('codes.update', { id: culture.id, patch: { name: 'budaya' } });
    await ok('memos.create', {
      title: 'Catatan Ayu',
      bodyJson: { type: 'doc' },
      bodyText: 'Identitas muncul di dua kota.',
      targetType: 'project',
    });
    await ok('project.close', {});
    await ok('project.open', { file: file('budi.telaah'), coder: 'Budi' });
    await code('Kota Kembar', 'identitas bersama', ['identity']);
    await code('Kota Kembar', 'Norma gotong royong', ['norm']);
    await ok('project.close', {});
    const ayuHash = sha(file('ayu.telaah'));

    await ok('project.open', { file: file('lead.telaah'), coder: 'Lead' });
    const preview = await ok('merge.preview', { files: [file('ayu.telaah'), file('budi.telaah')] });
    expect(preview.applied).toBe(false);
    expect(preview.added).toMatchObject({ coder: 2, segment: 4, coding: 5, memo: 1 });
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        entity: 'code',
        kind: 'code',
        ours: { path: ['culture'] },
        theirs: { path: ['budaya'] },
        choices: ['ours', 'theirs', 'both'],
        resolution: 'ours',
      }),
    ]);
    expect(await ok('segments.list', {})).toHaveLength(0);

    const [conflict] = preview.conflicts;
    const report = await ok('merge.apply', {
      files: [file('ayu.telaah'), file('budi.telaah')],
      choices: { [conflict!.key]: 'both' },
    });
    expect(report.added).toMatchObject({ coder: 2, segment: 4, coding: 5, memo: 1, code: 1 });
    const segments = await ok('segments.list', {});
    const coders = new Map((await ok('coders.list', {})).map((c) => [c.id, c.name]));
    expect(segments.map((s) => coders.get(s.coderId)).sort()).toEqual([
      'Ayu',
      'Ayu',
      'Budi',
      'Budi',
    ]);
    const budaya = segments.find((s) => s.quote === 'anggaran yang terbatas');
    expect(budaya?.codePaths.sort()).toEqual(['norm', 'obstacle']);
    const names = (await ok('codes.list', {})).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['culture', 'budaya']));
    expect(sha(file('ayu.telaah'))).toBe(ayuHash);

    const again = await ok('merge.apply', { files: [file('ayu.telaah'), file('budi.telaah')] });
    expect(Object.values(again.added).every((count) => count === 0)).toBe(true);
    expect(again.conflicts).toEqual([]);
    expect(await ok('segments.list', {})).toHaveLength(4);
  });

  it('reverts the whole merge with one undo', async () => {
    await teamProjects();
    await ok('project.open', { file: file('ayu.telaah'), coder: 'Ayu' });
    await code('Kota Kembar', 'identitas bersama', ['identity']);
    await code('Hambatan', 'Budaya birokrasi', ['culture']);
    await ok('project.close', {});
    await ok('project.open', { file: file('lead.telaah'), coder: 'Lead' });
    await ok('merge.apply', { files: [file('ayu.telaah')] });
    expect(await ok('segments.list', {})).toHaveLength(2);
    const step = await ok('history.undo', {});
    expect(step.done).toBe(true);
    expect(await ok('segments.list', {})).toHaveLength(0);
    expect((await ok('coders.list', {})).map((c) => c.name)).toEqual(['Lead']);
  });

  it('refuses to merge the open project into itself', async () => {
    await teamProjects();
    await ok('project.open', { file: file('lead.telaah'), coder: 'Lead' });
    const result = await call('merge.preview', { files: [file('lead.telaah')] });
    expect(result).toMatchObject({ ok: false, error: { code: 'merge_same_project' } });
  });

  it('matches independently imported papers and codes, re-anchoring and reporting lost segments', async () => {
    writeFileSync(file('kota.md'), PAPER_A);
    await ok('project.create', { file: file('solo.telaah'), coder: 'Sari' });
    await ok('documents.import', { paths: [file('kota.md')] });
    await code('Kota Kembar', 'identitas bersama', ['identity']);
    await code('Kota Kembar', 'pertukaran budaya', ['culture']);
    await ok('project.close', {});
    await ok('project.create', { file: file('main.telaah'), coder: 'Lead' });
    await ok('documents.import', { paths: [file('kota.md')] });
    const doc = (await ok('documents.list', {}))[0]!;
    // Another importer version: same file, a canonical text with an extra line and one change.
    await ok('project.close', {});
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(file('main.telaah'));
    raw
      .prepare('update documents set text = ? where id = ?')
      .run(
        'Kota Kembar\n\nPengantar.\n\nKerja sama kota kembar membangun identitas bersama antarwarga.\n\n' +
          'Norma gotong royong menjadi dasar program pertukaran seni.',
        doc.id,
      );
    raw.close();
    await ok('project.open', { file: file('main.telaah'), coder: 'Lead' });

    const report = await ok('merge.apply', { files: [file('solo.telaah')] });
    expect(report.added).toMatchObject({ document: 0, code: 0, segment: 1, coding: 1 });
    expect(report.unplaceable).toEqual([
      expect.objectContaining({ quote: 'pertukaran budaya', coder: 'Sari', codes: ['culture'] }),
    ]);
    const [segment] = await ok('segments.list', {});
    const text = (await ok('documents.get', { id: doc.id })).text;
    expect(text.slice(segment!.start, segment!.end)).toBe('identitas bersama');
    expect(segment!.codePaths).toEqual(['identity']);
  });
});
