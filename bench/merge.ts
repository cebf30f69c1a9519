// Merge timings: two coders' copies of a 1,000-document project, 50,000 codings each.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ctx } from '../core/context';
import { mergeProjects } from '../core/merge/merge-projects';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import { openDatabase, type Db } from '../db/open-database';
import type { BenchResult } from './bench-result';
import { random } from './bench-kit';

const DOCUMENTS = 1_000;
const CODES = 50;
const CODINGS = 50_000;
const RUNS = Number(process.env.MERGE_BENCH_RUNS ?? 3);

const WORDS = (
  'kota kembar kerjasama pemerintah daerah delegasi kunjungan budaya ekonomi pendidikan ' +
  'pelajar pertukaran perjanjian anggaran wali kota dewan program tahun the city council ' +
  'agreed cooperation exchange students culture trade port festival gamelan bahasa partner'
).split(' ');

function create(file: string): Db {
  return openDatabase({ file, migrationsFolder: defaultMigrationsFolder });
}

/** The team lead's project: documents, codes and the lead as coder; returns the texts. */
function generateLead(db: Db): string[] {
  const rand = random(7);
  const sqlite = db.$client;
  sqlite.exec("insert into coders values ('lead', 'Lead', '#000000', 'reviewer', 0)");
  const insertCode = sqlite.prepare(
    "insert into codes (id, parent_id, name, color, sort_order, created_at, updated_at) values (?, ?, ?, '#336699', ?, 0, 0)",
  );
  for (let c = 0; c < CODES; c++)
    insertCode.run(`code-${c}`, c < 10 ? null : `code-${c % 10}`, `code ${c}`, c);
  const insertDoc = sqlite.prepare(
    `insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text, sort_order)
     values (?, ?, 'txt', ?, ?, 0, '{"type":"doc"}', ?, ?)`,
  );
  const texts: string[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const words = Array.from({ length: 600 }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
    const text = words.join(' ');
    insertDoc.run(`doc-${d}`, `Dokumen ${d}`, `doc-${d}.txt`, `sha-${d}`, text, d);
    texts.push(text);
  }
  return texts;
}

/** One coder's codings in their copy of the lead's project. */
function generateCoder(db: Db, texts: string[], coder: string, seed: number): void {
  const rand = random(seed);
  const sqlite = db.$client;
  sqlite.prepare("insert into coders values (?, ?, '#aa3300', 'coder', 0)").run(coder, coder);
  const insertSegment = sqlite.prepare(
    `insert into segments (id, document_id, start, "end", quote, prefix, suffix, coder_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, '', '', ?, 0, 0)`,
  );
  const insertCoding = sqlite.prepare(
    'insert or ignore into codings (id, segment_id, code_id, document_id, coder_id, created_at) values (?, ?, ?, ?, ?, 0)',
  );
  let codings = 0;
  for (let s = 0; codings < CODINGS; s++) {
    const d = Math.floor(rand() * DOCUMENTS);
    const text = texts[d]!;
    const start = Math.floor(rand() * (text.length - 200));
    const end = start + 20 + Math.floor(rand() * 180);
    const segment = `${coder}-seg-${s}`;
    insertSegment.run(segment, `doc-${d}`, start, end, text.slice(start, end), coder);
    const codes = rand() < 0.3 ? 2 : 1;
    for (let k = 0; k < codes && codings < CODINGS; k++) {
      const code = `code-${(Math.floor(rand() * CODES) + k) % CODES}`;
      insertCoding.run(`${coder}-coding-${codings++}`, segment, code, `doc-${d}`, coder);
    }
  }
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Times `run` on fresh copies of the lead's project (after `prepare`), `RUNS` times. */
function timeOnCopies(
  folder: string,
  run: (file: string) => void,
  prepare: (file: string) => void = () => undefined,
): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const file = join(folder, `into-${randomUUID()}.telaah`);
    copyFileSync(join(folder, 'lead.telaah'), file);
    prepare(file);
    const t0 = performance.now();
    run(file);
    samples.push(performance.now() - t0);
    rmSync(file, { force: true });
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  }
  return median(samples);
}

function merge(file: string, from: string[]): void {
  const db = create(file);
  try {
    const ctx: Ctx = { db, now: () => Date.now(), newId: () => randomUUID(), coderId: 'lead' };
    mergeProjects(
      ctx,
      { files: from },
      {
        projectFile: file,
        migrationsFolder: defaultMigrationsFolder,
        dryRun: false,
      },
    );
  } finally {
    db.$client.close();
  }
}

/** The floor: copy both coders' segments and codings with ATTACH + INSERT…SELECT, no matching. */
function rawCopy(file: string, from: string[]): void {
  const db = create(file);
  try {
    const sqlite = db.$client;
    sqlite.transaction(() => {
      from.forEach((source, i) => {
        sqlite.prepare(`attach database ? as src${i}`).run(source);
        sqlite.exec(`insert or ignore into coders select * from src${i}.coders;
          insert into segments select * from src${i}.segments;
          insert into codings select * from src${i}.codings;`);
      });
    })();
    from.forEach((_, i) => sqlite.exec(`detach database src${i}`));
  } finally {
    db.$client.close();
  }
}

/** Builds the lead's project and two coders' copies, then times merging both into the lead's. */
export async function benchMerge(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'telaah-bench-merge-'));
  try {
    const lead = create(join(folder, 'lead.telaah'));
    const texts = lead.$client.transaction(() => generateLead(lead))();
    lead.$client.close();
    const coders = ['Ayu', 'Budi'].map((name, i) => {
      const file = join(folder, `${name}.telaah`);
      copyFileSync(join(folder, 'lead.telaah'), file);
      const db = create(file);
      db.$client.transaction(() => {
        generateCoder(db, texts, name, 100 + i);
      })();
      db.$client.close();
      return file;
    });
    const baseline = timeOnCopies(folder, (file) => {
      rawCopy(file, coders);
    });
    const merged = timeOnCopies(folder, (file) => {
      merge(file, coders);
    });
    const mergeBoth = (file: string): void => {
      merge(file, coders);
    };
    const again = timeOnCopies(folder, mergeBoth, mergeBoth);
    return await Promise.resolve([
      {
        name: 'merge 2 coders × 50,000 codings into 1,000 documents',
        unit: 'ms',
        median: merged,
        baseline,
        ratio: merged / baseline,
        target: 'ratio vs ATTACH + INSERT…SELECT of segments and codings',
      },
      {
        name: 'merge the same two files again (adds nothing)',
        unit: 'ms',
        median: again,
        baseline,
        ratio: again / baseline,
        target: '',
      },
    ]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
