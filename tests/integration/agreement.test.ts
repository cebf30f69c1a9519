import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMatrixCsv } from '../../core/agreement/parse-matrix-csv';
import { matrixAgreement } from '../../core/agreement/reliability-matrix';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import type { Output } from '../../core/api/contract';
import { jsonRows, runTelaah } from '../helpers/run-telaah';
import { dispatchCalls } from '../helpers/dispatch-calls';

// Three paragraphs of two sentences each; Ayu and Budi code norm, culture and obstacle.
const NOTES = [
  'Warga menjaga norma gotong royong. Mereka bekerja bersama setiap minggu.',
  'Bahasa daerah adalah identitas kota. Festival budaya digelar tiap tahun.',
  'Anggaran menjadi hambatan utama. Koordinasi antar dinas juga lemah.',
].join('\n\n');

const CODINGS: Record<'Ayu' | 'Budi', [code: string, quote: string][]> = {
  Ayu: [
    ['norm', 'norma gotong royong'],
    ['culture', 'Festival budaya digelar tiap tahun.'],
    ['obstacle', 'Anggaran menjadi hambatan utama.'],
  ],
  Budi: [
    ['norm', 'Warga menjaga norma gotong royong.'],
    ['culture', 'Bahasa daerah adalah identitas kota.'],
    ['obstacle', 'Anggaran menjadi hambatan utama.'],
  ],
};

describe('intercoder agreement', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  let file: string;
  let text: string;
  let coderIds: string[];
  const codeIds = new Map<string, string>();
  const { ok } = dispatchCalls(() => app);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-agreement-'));
    writeFileSync(join(dir, 'notes.md'), `${NOTES}\n`);
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: { now: () => 1_700_000_000_000, newId: () => `id-${String(++n).padStart(4, '0')}` },
    });
    file = join(dir, 'team.telaah');
    await ok('project.create', { file, coder: 'Ayu' });
    const [outcome] = await ok('documents.import', { paths: [join(dir, 'notes.md')] });
    if (!outcome?.ok) throw new Error('import failed');
    const documentId = outcome.document.id;
    text = (await ok('documents.get', { id: documentId })).text;
    for (const c of await ok('codes.list', {})) codeIds.set(c.name, c.id);
    for (const coder of ['Ayu', 'Budi'] as const) {
      await ok('project.open', { file, coder });
      for (const [code, quote] of CODINGS[coder]) {
        const start = text.indexOf(quote);
        await ok('segments.code', {
          documentId,
          start,
          end: start + quote.length,
          codeIds: [codeIds.get(code) ?? ''],
        });
      }
    }
    coderIds = (await ok('coders.list', {})).map((c) => c.id);
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const row = (result: Output<'agreement.compute'>, code: string) =>
    result.codes.find((c) => c.codePath === code);

  it('imports the paragraphs as the blocks agreement splits on', () => {
    expect(text.split('\n\n')).toHaveLength(3);
    expect(coderIds).toHaveLength(2);
  });

  it('finds full agreement on every code at the paragraph unit', async () => {
    const result = await ok('agreement.compute', { coderIds, unit: 'paragraph' });
    expect(result.codes.map((c) => c.codePath)).toEqual(['norm', 'culture', 'obstacle']);
    for (const c of result.codes) {
      expect(c).toMatchObject({ units: 3, agreedUnits: 3, cohenKappa: { value: 1 } });
      expect(c.alpha.value).toBe(1);
    }
  });

  it('separates the sentences each coder gave “culture” at the sentence unit', async () => {
    const result = await ok('agreement.compute', { coderIds, unit: 'sentence' });
    const culture = row(result, 'culture');
    // 6 sentences: Ayu coded the 4th, Budi the 3rd; po = 4/6, pe = 26/36, κ = −0.2.
    expect(culture).toMatchObject({ units: 6, agreedUnits: 4, codedUnits: [1, 1] });
    expect(culture?.cohenKappa.value).toBeCloseTo(-0.2, 12);
    expect(row(result, 'norm')?.cohenKappa.value).toBe(1);
    expect(result.documents[0]).toMatchObject({ units: 18, agreedUnits: 16 });
  });

  it('says coefficients are not computable for one document both coders coded', async () => {
    const result = await ok('agreement.compute', { coderIds, unit: 'document' });
    expect(row(result, 'norm')).toMatchObject({
      units: 1,
      percentAgreement: { value: 1 },
      cohenKappa: { value: null, reason: 'no_variation' },
      alpha: { value: null, reason: 'no_variation' },
    });
  });

  it('agrees at the character unit with a character-by-character reliability matrix', async () => {
    const result = await ok('agreement.compute', { coderIds, unit: 'character' });
    for (const [code] of CODINGS.Ayu) {
      const units = Array.from({ length: text.length }, (_, p) =>
        (['Ayu', 'Budi'] as const).map((coder) =>
          CODINGS[coder].some(([c, quote]) => {
            const start = text.indexOf(quote);
            return c === code && start <= p && p < start + quote.length;
          })
            ? '1'
            : '0',
        ),
      );
      const expected = matrixAgreement({ coders: ['Ayu', 'Budi'], units }, 'nominal');
      const actual = row(result, code);
      expect(actual?.units).toBe(text.length);
      expect(actual?.alpha.value).toBeCloseTo(expected.alpha.value ?? NaN, 12);
      expect(actual?.cohenKappa.value).toBeCloseTo(expected.cohenKappa.value ?? NaN, 12);
      expect(actual?.percentAgreement.value).toBeCloseTo(
        expected.percentAgreement.value ?? NaN,
        12,
      );
    }
    expect(row(result, 'obstacle')?.alphaU.value).toBe(1);
    expect(row(result, 'culture')?.alphaU.value).toBeLessThan(0);
  });

  it('leaves text nobody coded out when asked', async () => {
    const all = await ok('agreement.compute', { coderIds, unit: 'sentence' });
    const coded = await ok('agreement.compute', {
      coderIds,
      unit: 'sentence',
      excludeUncoded: true,
    });
    expect(row(all, 'culture')?.units).toBe(6);
    expect(row(coded, 'culture')?.units).toBe(4);
    expect(row(coded, 'culture')?.agreedUnits).toBe(2);
  });

  it('lists each disagreement with both coders’ segments side by side', async () => {
    const culture = codeIds.get('culture') ?? '';
    const sentences = await ok('agreement.disagreements', {
      coderIds,
      unit: 'sentence',
      codeId: culture,
    });
    expect(sentences.total).toBe(2);
    expect(sentences.passages.map((p) => p.quote)).toEqual([
      'Bahasa daerah adalah identitas kota. ',
      'Festival budaya digelar tiap tahun.',
    ]);
    const norm = await ok('agreement.disagreements', {
      coderIds,
      unit: 'character',
      codeId: codeIds.get('norm') ?? '',
    });
    expect(norm.total).toBe(1);
    expect(norm.passages[0]?.sides.map((s) => s.segments.map((g) => g.quote))).toEqual([
      ['norma gotong royong'],
      ['Warga menjaga norma gotong royong.'],
    ]);
    const obstacle = await ok('agreement.disagreements', {
      coderIds,
      unit: 'character',
      codeId: codeIds.get('obstacle') ?? '',
    });
    expect(obstacle.total).toBe(0);
  });

  it('exports a reliability matrix that gives the same α when read back', async () => {
    const culture = codeIds.get('culture') ?? '';
    const computed = row(await ok('agreement.compute', { coderIds, unit: 'sentence' }), 'culture');
    const exported = await ok('agreement.exportMatrix', {
      coderIds,
      unit: 'sentence',
      codeId: culture,
    });
    expect(exported.fileName).toBe('reliability-culture-sentence.csv');
    const csv = Buffer.from(exported.base64, 'base64').toString('utf8');
    const matrix = parseMatrixCsv(csv, exported.fileName);
    expect(matrix.coders).toEqual(['Ayu', 'Budi']);
    expect(matrix.units).toHaveLength(6);
    expect(matrixAgreement(matrix, 'nominal').alpha.value).toBeCloseTo(
      computed?.alpha.value ?? NaN,
      12,
    );
    const recal = await ok('agreement.exportMatrix', {
      coderIds,
      unit: 'sentence',
      codeId: culture,
      format: 'recal',
    });
    expect(Buffer.from(recal.base64, 'base64').toString('utf8').split('\r\n')[0]).toBe('0,0');
  });

  it('exports the results table with a row per code, overall and per document', async () => {
    const exported = await ok('agreement.exportResults', { coderIds, unit: 'document' });
    const lines = Buffer.from(exported.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]).toContain('scope,name,units,agreed_units,coded_by_Ayu,coded_by_Budi');
    expect(lines.filter((l) => l.startsWith('code,'))).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('code,norm'))).toContain('cohen_kappa: no_variation');
  });

  it('refuses a single coder', async () => {
    const result = await app.dispatch('agreement.compute', { coderIds: [coderIds[0]] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('computes agreement from the command line, on the project and on a matrix file', () => {
    app.close();
    const run = runTelaah(
      ['agreement', file, '--coders', 'Ayu,Budi', '--unit', 'sentence', '--json'],
      {
        cwd: dir,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = jsonRows(run);
    expect(rows.find((r) => r.code === 'culture')).toMatchObject({ units: 6, agreedUnits: 4 });
    expect(rows.at(-1)).toMatchObject({ id: 'overall' });

    // Krippendorff (2011), section E, as a CSV with blank cells for missing values.
    const csv = [
      'A,B,C,D',
      '1,1,,1',
      '2,2,3,2',
      '3,3,3,3',
      '3,3,3,3',
      '2,2,2,2',
      '1,2,3,4',
      '4,4,4,4',
      '1,1,2,1',
      '2,2,2,2',
      ',5,5,5',
      ',,1,1',
      ',3,,',
    ].join('\n');
    writeFileSync(join(dir, 'reliability.csv'), csv);
    const matrix = runTelaah(
      ['agreement', '--matrix', 'reliability.csv', '--metric', 'interval', '--json'],
      {
        cwd: dir,
      },
    );
    expect(matrix.status).toBe(0);
    const [result] = jsonRows(matrix) as { alpha: { value: number } }[];
    expect(result?.alpha.value.toFixed(3)).toBe('0.849');
    const table = runTelaah(['agreement', '--matrix', 'reliability.csv', '--metric', 'ordinal'], {
      cwd: dir,
    });
    expect(table.stdout).toMatch(/Krippendorff's alpha \(ordinal\)\s+0\.815/u);
    const bad = runTelaah(['agreement', file, '--coders', 'Ayu,Nobody'], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Nobody');
  }, 120_000);
});
