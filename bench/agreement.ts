// Intercoder agreement timings: 1,000 documents, 2 coders with 50,000 codings each, 20 codes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listDisagreements } from '../core/agreement/disagreements';
import { loadAgreementData } from '../core/agreement/load-agreement-data';
import { textAgreement } from '../core/agreement/text-agreement';
import type { Ctx } from '../core/context';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import { openDatabase, type Db } from '../db/open-database';
import type { BenchResult } from './bench-result';
import { random, timeRuns } from './bench-kit';

const DOCUMENTS = 1_000;
const CODES = 20;
const CODINGS_PER_CODER = 50_000;
const RUNS = 5;

const WORDS = (
  'kota kembar kerjasama sister city pemerintah daerah delegasi kunjungan budaya ekonomi ' +
  'pendidikan pelajar pertukaran perjanjian anggaran wali kota dewan program tahun ' +
  'the city council agreed cooperation exchange students culture trade port harbour'
).split(' ');

function paragraph(rand: () => number): string {
  const sentences = Array.from({ length: 4 + Math.floor(rand() * 4) }, () => {
    const n = 8 + Math.floor(rand() * 12);
    const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)] ?? '');
    return `${words.join(' ')}.`;
  });
  return sentences.join(' ');
}

/**
 * Two coders over the same documents: the second keeps most of the first's codings with shifted
 * boundaries, changes the code of some and adds others, as a second coder of a codebook would.
 */
export function generateAgreementProject(db: Db): void {
  const rand = random(7);
  const sqlite = db.$client;
  sqlite.exec(
    "insert into coders (id, name, color, created_at) values ('coder-a', 'A', '#000000', 0), ('coder-b', 'B', '#333333', 0)",
  );
  const insertCode = sqlite.prepare(
    "insert into codes (id, name, color, sort_order, created_at, updated_at) values (?, ?, '#336699', ?, 0, 0)",
  );
  for (let c = 0; c < CODES; c++) insertCode.run(`code-${c}`, `code ${c}`, c);
  const insertDoc = sqlite.prepare(
    `insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text, sort_order)
     values (?, ?, 'txt', ?, ?, 0, '{"type":"doc"}', ?, ?)`,
  );
  const texts: string[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const text = Array.from({ length: 6 + Math.floor(rand() * 6) }, () => paragraph(rand)).join(
      '\n\n',
    );
    insertDoc.run(`doc-${d}`, `Dokumen ${d}`, `doc-${d}.txt`, `sha-${d}`, text, d);
    texts.push(text);
  }
  const insertSegment = sqlite.prepare(
    `insert into segments (id, document_id, start, "end", quote, prefix, suffix, coder_id, created_at, updated_at)
     values (?, ?, ?, ?, '', '', '', ?, 0, 0)`,
  );
  const insertCoding = sqlite.prepare(
    'insert into codings (id, segment_id, code_id, document_id, coder_id, created_at) values (?, ?, ?, ?, ?, 0)',
  );
  let n = 0;
  const add = (coder: string, d: number, start: number, end: number, code: number): void => {
    const id = `${coder}-${n++}`;
    insertSegment.run(id, `doc-${d}`, start, end, coder);
    insertCoding.run(id, id, `code-${code}`, `doc-${d}`, coder);
  };
  for (let i = 0; i < CODINGS_PER_CODER; i++) {
    const d = Math.floor(rand() * DOCUMENTS);
    const length = texts[d]?.length ?? 0;
    const start = Math.floor(rand() * (length - 300));
    const end = start + 20 + Math.floor(rand() * 250);
    const code = Math.floor(rand() * CODES);
    add('coder-a', d, start, end, code);
    const r = rand();
    if (r < 0.7) {
      const s = Math.max(0, start + Math.floor(rand() * 30) - 15);
      add('coder-b', d, s, Math.max(s + 1, end + Math.floor(rand() * 30) - 15), code);
    } else if (r < 0.85) {
      add('coder-b', d, start, end, (code + 1) % CODES);
    } else {
      const e = Math.floor(rand() * (length - 300));
      add('coder-b', d, e, e + 20 + Math.floor(rand() * 250), code);
    }
  }
}

const time = (run: () => unknown) => timeRuns(RUNS, run);

/** Times agreement per code at each unit, against loading the same codings (the baseline). */
export async function benchAgreement(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'telaah-bench-agreement-'));
  const db = openDatabase({
    file: join(folder, 'bench.telaah'),
    migrationsFolder: defaultMigrationsFolder,
  });
  try {
    db.$client.transaction(() => {
      generateAgreementProject(db);
    })();
    db.$client.exec('analyze');
    const ctx: Ctx = { db, now: () => 0, newId: () => 'unused', coderId: 'coder-a' };
    const scope = { coderIds: ['coder-a', 'coder-b'], excludeUncoded: false };
    const baseline = time(() => loadAgreementData(ctx, { ...scope, unit: 'character' })).median;
    const measure = (name: string, run: () => unknown, target: string): BenchResult => {
      const t = time(run);
      return { name, unit: 'ms', ...t, baseline, ratio: t.median / baseline, target };
    };
    const results: BenchResult[] = [
      { name: 'agreement: load 100,000 codings (baseline)', unit: 'ms', median: baseline },
      measure(
        'agreement per code, character units + αU',
        () => textAgreement(ctx, { ...scope, unit: 'character' }),
        '< 3× the load',
      ),
      measure(
        'agreement per code, sentence units',
        () => textAgreement(ctx, { ...scope, unit: 'sentence' }),
        '< 3× the load',
      ),
      measure(
        'agreement per code, paragraph units, uncoded left out',
        () => textAgreement(ctx, { ...scope, unit: 'paragraph', excludeUncoded: true }),
        '< 3× the load',
      ),
      measure(
        'disagreements of one code (character units)',
        () => listDisagreements(ctx, { ...scope, unit: 'character', codeId: 'code-3' }),
        '< 1.5× the load',
      ),
    ];
    return await Promise.resolve(results);
  } finally {
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchAgreement());
}
