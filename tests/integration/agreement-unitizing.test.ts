import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../core/agreement/unitized-alpha';
import { binaryUnitizedAlpha } from '../../core/agreement/unitizing-family';
import { createAppDispatch, type AppDispatch } from '../../core/api/create-app-dispatch';
import type { Output } from '../../core/api/contract';
import { jsonRows, runTelaah } from '../helpers/run-telaah';
import { dispatchCalls } from '../helpers/dispatch-calls';

// Two semantic domains: who acts (actor/state, actor/citizen) and how (stance/support, oppose).
const NOTES = [
  'Pemerintah kota membangun taman baru.',
  'Warga menolak rencana itu. Sebagian pedagang mendukung.',
].join('\n\n');
const S1 = 'Pemerintah kota membangun taman baru.';
const S2 = 'Warga menolak rencana itu.';
const S3 = 'Sebagian pedagang mendukung.';

const CODINGS: Record<'Ayu' | 'Budi', [code: string, quote: string][]> = {
  Ayu: [
    ['state', S1],
    ['citizen', S2],
    ['oppose', S2],
  ],
  Budi: [
    ['state', S1],
    ['state', S2],
    ['oppose', S2],
    ['support', S3],
  ],
};

describe('the uα family over a project', () => {
  let dir: string;
  let app: AppDispatch;
  let n = 0;
  let file: string;
  let text: string;
  let coderIds: string[];
  const codeIds = new Map<string, string>();
  const { ok } = dispatchCalls(() => app);
  const at = (quote: string): Span => {
    const start = text.indexOf(quote);
    return { start, end: start + quote.length };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-unitizing-'));
    writeFileSync(join(dir, 'notes.md'), `${NOTES}\n`);
    app = createAppDispatch({
      version: '0.0.0-test',
      settingsFile: null,
      deps: { now: () => 1_700_000_000_000, newId: () => `id-${String(++n).padStart(4, '0')}` },
    });
    file = join(dir, 'domains.telaah');
    await ok('project.create', { file, coder: 'Ayu' });
    const [outcome] = await ok('documents.import', { paths: [join(dir, 'notes.md')] });
    if (!outcome?.ok) throw new Error('import failed');
    const documentId = outcome.document.id;
    text = (await ok('documents.get', { id: documentId })).text;
    for (const [parent, children] of [
      ['actor', ['state', 'citizen']],
      ['stance', ['support', 'oppose']],
    ] as const) {
      const domain = await ok('codes.create', { name: parent });
      for (const name of children) {
        codeIds.set(name, (await ok('codes.create', { name, parentId: domain.id })).id);
      }
    }
    for (const coder of ['Ayu', 'Budi'] as const) {
      await ok('project.open', { file, coder });
      for (const [code, quote] of CODINGS[coder]) {
        const { start, end } = at(quote);
        await ok('segments.code', { documentId, start, end, codeIds: [codeIds.get(code) ?? ''] });
      }
    }
    coderIds = (await ok('coders.list', {})).map((c) => c.id);
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const compute = (excludeUncoded = false) =>
    ok('agreement.compute', { coderIds, unit: 'character', excludeUncoded });

  it('groups sibling codes into semantic domains', async () => {
    const result = await compute();
    expect(result.domains.map((d) => d.domain)).toEqual(['actor', 'stance']);
    expect(result.domains[0]?.codeIds).toEqual([codeIds.get('state'), codeIds.get('citizen')]);
  });

  it('gives cuα = 407/6300 on “actor”, where the coders split one of two units', async () => {
    // S1 (37 characters) both “state”; S2 (26) “citizen” by Ayu, “state” by Budi.
    // ℓ(state, state) = 2 · 37 = 74, ℓ(state, citizen) = ℓ(citizen, state) = 26; n_state = 100,
    // n_citizen = 26, n.. = 126; self-pairs = 2 · 37² + 2 · 26² = 4090.
    // Σ_{c≠k} ε = 2 · 100 · 26 / (126 − 4090/126) = 5200 · 126 / 11786;
    // α = 1 − 52 · 11786 / (5200 · 126) = 1 − 11786/12600 = 407/6300 ≈ .0646.
    expect(text.indexOf(S1)).toBe(0);
    expect([S1.length, S2.length]).toEqual([37, 26]);
    const actor = (await compute()).domains.find((d) => d.domain === 'actor');
    expect(actor?.cuAlpha.value).toBeCloseTo(407 / 6300, 12);
  });

  it('says cuα on “stance” is not computable: the text both coded has one category', async () => {
    const stance = (await compute()).domains.find((d) => d.domain === 'stance');
    expect(stance?.cuAlpha).toEqual({ value: null, reason: 'no_variation' });
  });

  it('gives Cuα = 1: wherever both coded, they chose the same domains', async () => {
    expect((await compute()).overall.cuAlphaAcrossDomains.value).toBe(1);
  });

  it('computes each code’s |uα on the document’s characters', async () => {
    const result = await compute();
    const state = result.codes.find((c) => c.codePath === 'actor/state');
    const expected = binaryUnitizedAlpha({
      ranges: [[{ start: 0, end: text.length }]],
      units: [[[at(S1)]], [[at(S1), at(S2)]]],
    });
    expect(state?.binaryAlpha.value).toBeCloseTo(expected.value ?? NaN, 12);
    const oppose = result.codes.find((c) => c.codePath === 'stance/oppose');
    expect(oppose?.binaryAlpha.value).toBe(1);
  });

  it('leaves uncoded text out of |uα when asked, and keeps cuα as it was', async () => {
    const all = await compute();
    const coded = await compute(true);
    const state = (r: Output<'agreement.compute'>) =>
      r.codes.find((c) => c.codePath === 'actor/state')?.binaryAlpha.value;
    const expected = binaryUnitizedAlpha({
      ranges: [[at(S1), at(S2), at(S3)]],
      units: [[[at(S1)]], [[at(S1), at(S2)]]],
    });
    expect(state(coded)).toBeCloseTo(expected.value ?? NaN, 12);
    expect(state(coded)).not.toBeCloseTo(state(all) ?? NaN, 6);
    expect(coded.domains.map((d) => d.cuAlpha)).toEqual(all.domains.map((d) => d.cuAlpha));
  });

  it('exports domain rows and the family’s columns in the results CSV', async () => {
    const exported = await ok('agreement.exportResults', { coderIds, unit: 'character' });
    const lines = Buffer.from(exported.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]).toContain('unitized_alpha,binary_u_alpha,cu_alpha,Cu_alpha,not_computable');
    expect(lines.filter((l) => l.startsWith('domain,'))).toHaveLength(2);
    expect(lines.find((l) => l.startsWith('domain,stance'))).toContain('cu_alpha: no_variation');
    expect(
      lines
        .find((l) => l.startsWith('overall,'))
        ?.split(',')
        .at(-2),
    ).toBe('1');
  });

  it('prints the family from the command line', () => {
    app.close();
    const run = runTelaah(['agreement', file, '--coders', 'Ayu,Budi', '--json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const rows = jsonRows(run);
    const actor = rows.find((r) => r.id === 'domain:actor') as { cuAlpha: { value: number } };
    expect(actor).toMatchObject({ kind: 'domain', domain: 'actor' });
    expect(actor.cuAlpha.value).toBeCloseTo(407 / 6300, 12);
    expect(rows.at(-1)).toMatchObject({ id: 'overall', cuAlphaAcrossDomains: { value: 1 } });
    const table = runTelaah(['agreement', file, '--coders', 'Ayu,Budi'], { cwd: dir });
    expect(table.stdout).toMatch(/stance\s+2\s+\S+\s+n\/a \(no_variation\)/u);
    expect(table.stdout).toContain('Cu alpha (which domain, across domains): 1.000');
  }, 120_000);
});
