import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../../../core/context';
import { applyProjectImport } from '../../../../../core/exchange/refi/apply-project-import';
import { readRefiProject } from '../../../../../core/exchange/refi/read-refi-project';
import { createTestDb } from '../../../../helpers/create-test-db';

const FIXTURES = join(__dirname, '../../../../fixtures/refi');

/** Zips a fixture folder as a .qdpx; Windows tools' texts get CRLF line ends. */
function zipFixture(name: string, crlf: boolean): Uint8Array {
  const root = join(FIXTURES, name);
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files[relative(root, path)] =
          crlf && path.endsWith('.txt')
            ? Buffer.from(bytes.toString('utf8').replaceAll('\n', '\r\n'), 'utf8')
            : bytes;
      }
    }
  };
  walk(root);
  return zipSync(files);
}

async function importFixture(name: string, crlf = false) {
  const ctx = createTestDb();
  const model = await readRefiProject(zipFixture(name, crlf), `${name}.qdpx`);
  return { ctx, report: applyProjectImport(ctx, model) };
}

/** The coded quotes as "code: quote" lines, sorted. */
function codedQuotes(ctx: Ctx): string[] {
  const rows = ctx.db.$client
    .prepare(
      `select k.name as code, s.quote from codings g join segments s on s.id = g.segment_id
       join codes k on k.id = g.code_id order by k.name, s.quote`,
    )
    .all() as { code: string; quote: string }[];
  return rows.map((r) => `${r.code}: ${r.quote}`);
}

describe('importing REFI-QDA projects written by other tools', () => {
  it('reads NVivo UTF-16 positions with CRLF as two and merges one-selection-per-coding', async () => {
    const { ctx, report } = await importFixture('nvivo', true);
    expect(report.offsetUnit).toContain('NVivo');
    expect(codedQuotes(ctx)).toEqual([
      'culture: Budaya bersama',
      'culture: identitas kota',
      'identity: identitas kota',
    ]);
    expect(report.counts.segments).toBe(2);
    const ids = ctx.db.$client.prepare('select id from documents').all() as { id: string }[];
    expect(ids).toEqual([{ id: '5f0d2c1a-9b7e-4c3d-8a21-0f6e5d4c3b2a' }]);
    const text = (ctx.db.$client.prepare('select text from documents').get() as { text: string })
      .text;
    expect(text).not.toContain('\r');
    const color = ctx.db.$client.prepare("select color from codes where name = 'culture'").get();
    expect(color).toEqual({ color: '#3cb44b' });
  });

  it('reads ATLAS.ti code points with CRLF as one, a backslash path, notes and cases', async () => {
    const { ctx, report } = await importFixture('atlas', true);
    expect(codedQuotes(ctx)).toEqual(['culture: Budaya bersama', 'identity: identitas kota']);
    expect(report.offsetIssues).toEqual([]);
    const memo = ctx.db.$client
      .prepare('select m.body_text, s.quote from memos m join segments s on s.id = m.target_id')
      .get();
    expect(memo).toEqual({ body_text: 'Identitas disebut dua kali.', quote: 'identitas kota' });
    const value = ctx.db.$client
      .prepare(
        `select c.name, v.name as variable, cv.value, d.title from cases c
         join case_values cv on cv.case_id = c.id join variables v on v.id = cv.variable_id
         join case_documents cd on cd.case_id = c.id join documents d on d.id = cd.document_id`,
      )
      .get();
    expect(value).toEqual({
      name: 'Bandung',
      variable: 'Wilayah',
      value: 'Jawa Barat',
      title: 'Wawancara',
    });
  });

  it('reads QualCoder code points, clamps and relocates selections, and reports what it skips', async () => {
    const { ctx, report } = await importFixture('qualcoder');
    expect(codedQuotes(ctx)).toEqual([
      'cultural-linguistic: Budaya bersama',
      'obstacle: hambatan.',
      'obstacle: menjaga identitas',
      'obstacle: norma',
    ]);
    expect(report.offsetIssues.map((i) => i.kind).sort()).toEqual(['clamped', 'relocated']);
    expect(report.skipped.map((s) => s.what).sort()).toEqual(['link', 'source']);
    const pdf = ctx.db.$client
      .prepare("select kind, title from documents where kind = 'pdf'")
      .get();
    expect(pdf).toEqual({ kind: 'pdf', title: 'norma' });
  });

  it('finds a .qde in a subfolder and its sources whatever their letter case', async () => {
    const { ctx } = await importFixture('maxqda');
    expect(codedQuotes(ctx)).toEqual(['norm: menjaga identitas']);
  });

  it('records the whole import as one history step', async () => {
    const { ctx } = await importFixture('atlas', true);
    const groups = ctx.db.$client
      .prepare(
        "select count(distinct group_id) as n from events where action like 'exchange.%' or action = 'documents.create' or action = 'codes.create'",
      )
      .get();
    expect(groups).toEqual({ n: 1 });
  });
});
