// Project query timings on a generated project: 1,000 documents, 100,000 codings, 50 codes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeDocumentMatrix } from '../core/coding/code-document-matrix';
import { listSegments } from '../core/coding/list-segments';
import type { Ctx } from '../core/context';
import { searchText } from '../core/search/search-text';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import { openDatabase, type Db } from '../db/open-database';
import type { BenchResult } from './bench-result';
import { random, timeRuns } from './bench-kit';

const DOCUMENTS = 1_000;
const CODES = 50;
const CODINGS = 100_000;
const RUNS = 20;

const WORDS = (
  'kota kembar kerjasama sister city pemerintah daerah delegasi kunjungan budaya ekonomi ' +
  'pendidikan pelajar pertukaran perjanjian MoU anggaran wali kota dewan program tahun ' +
  'the city council agreed cooperation exchange students culture trade port harbour ' +
  'café résumé festival gamelan bahasa partner provinsi kementerian luar negeri'
).split(' ');

function paragraph(rand: () => number): string {
  const n = 60 + Math.floor(rand() * 40);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  return `${words.join(' ')}.`;
}

/** Fills an empty project with the benchmark data (deterministic). */
export function generateBenchProject(db: Db): void {
  const rand = random(42);
  const sqlite = db.$client;
  sqlite.exec(
    "insert into coders (id, name, color, created_at) values ('coder-1', 'bench', '#000000', 0)",
  );
  const insertCode = sqlite.prepare(
    "insert into codes (id, parent_id, name, color, sort_order, created_at, updated_at) values (?, ?, ?, '#336699', ?, 0, 0)",
  );
  for (let c = 0; c < CODES; c++)
    insertCode.run(`code-${c}`, c < 10 ? null : `code-${c % 10}`, `code ${c}`, c);
  const insertDoc = sqlite.prepare(
    `insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text, page_map, page_count, sort_order)
     values (?, ?, 'pdf', ?, ?, 0, '{"type":"doc"}', ?, ?, ?, ?)`,
  );
  const insertBlock = sqlite.prepare(
    'insert into document_blocks_fts (document_id, block_start, block_end, text) values (?, ?, ?, ?)',
  );
  const texts: string[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const blocks = Array.from({ length: 8 + Math.floor(rand() * 8) }, () => paragraph(rand));
    const text = blocks.join('\n\n');
    const pageMap = blocks.map((_, i) => ({ page: i + 1, label: String(i + 1), start: 0 }));
    let at = 0;
    for (const [i, block] of blocks.entries()) {
      pageMap[i]!.start = at;
      insertBlock.run(`doc-${d}`, at, at + block.length, block);
      at += block.length + 2;
    }
    insertDoc.run(
      `doc-${d}`,
      `Dokumen ${d}`,
      `doc-${d}.pdf`,
      `sha-${d}`,
      text,
      JSON.stringify(pageMap),
      blocks.length,
      d,
    );
    texts.push(text);
  }
  const insertSegment = sqlite.prepare(
    `insert into segments (id, document_id, start, "end", quote, prefix, suffix, coder_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, '', '', 'coder-1', 0, 0)`,
  );
  const insertCoding = sqlite.prepare(
    "insert into codings (id, segment_id, code_id, document_id, coder_id, created_at) values (?, ?, ?, ?, 'coder-1', 0)",
  );
  let codings = 0;
  for (let s = 0; codings < CODINGS; s++) {
    const d = Math.floor(rand() * DOCUMENTS);
    const text = texts[d]!;
    const start = Math.floor(rand() * (text.length - 200));
    const end = start + 20 + Math.floor(rand() * 180);
    insertSegment.run(`seg-${s}`, `doc-${d}`, start, end, text.slice(start, end));
    const first = Math.floor(rand() * CODES);
    insertCoding.run(`coding-${codings++}`, `seg-${s}`, `code-${first}`, `doc-${d}`);
    if (rand() < 0.3 && codings < CODINGS) {
      insertCoding.run(
        `coding-${codings++}`,
        `seg-${s}`,
        `code-${(first + 1 + Math.floor(rand() * (CODES - 1))) % CODES}`,
        `doc-${d}`,
      );
    }
  }
}

const time = (run: () => unknown) => timeRuns(RUNS, run);

/** Builds the project in a temp folder and times the queries the coding view and reports use. */
export async function benchDbQueries(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'telaah-bench-'));
  const db = openDatabase({
    file: join(folder, 'bench.telaah'),
    migrationsFolder: defaultMigrationsFolder,
  });
  try {
    db.$client.transaction(() => {
      generateBenchProject(db);
    })();
    db.$client.exec('analyze');
    const ctx: Ctx = { db, now: () => 0, newId: () => 'unused', coderId: 'coder-1' };
    const results: BenchResult[] = [
      {
        name: 'segments of one code (listSegments)',
        unit: 'ms',
        ...time(() => listSegments(ctx, { codeId: 'code-17' })),
        target: '< 20 ms',
      },
      {
        name: 'segments of a code with sub-codes',
        unit: 'ms',
        ...time(() => listSegments(ctx, { codeId: 'code-7', includeSubcodes: true })),
        target: '',
      },
      {
        name: 'document × code count matrix',
        unit: 'ms',
        ...time(() => codeDocumentMatrix(ctx)),
        target: '< 150 ms',
      },
      {
        name: 'search one common word (100 hits)',
        unit: 'ms',
        ...time(() => searchText(ctx, 'kerjasama', { limit: 100 })),
        target: '< 50 ms',
      },
      {
        name: 'search two words + diacritics (100 hits)',
        unit: 'ms',
        ...time(() => searchText(ctx, 'gamelan cafe', { limit: 100 })),
        target: '< 50 ms',
      },
      {
        name: 'search a phrase (100 hits)',
        unit: 'ms',
        ...time(() => searchText(ctx, '"wali kota"', { limit: 100 })),
        target: '< 50 ms',
      },
    ];
    return await Promise.resolve(results);
  } finally {
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await benchDbQueries();
  console.table(
    results.map((r) => ({
      measure: r.name,
      'median ms': r.median.toFixed(2),
      'p95 ms': r.p95?.toFixed(2),
      target: r.target,
    })),
  );
}
