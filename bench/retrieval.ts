// Retrieval timings on the generated project of db-queries.ts: 1,000 documents, 100,000 codings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { QueryNode } from '../core/api/contracts/retrieval';
import { runRetrieval } from '../core/analysis/retrieval/run-retrieval';
import { listSegments } from '../core/coding/list-segments';
import type { Ctx } from '../core/context';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import { openDatabase, type Db } from '../db/open-database';
import type { BenchResult } from './bench-result';
import { random, timeRuns } from './bench-kit';

const RUNS = 10;
const DOCUMENTS = 1_000;
const CODES = 50;
const CODINGS = 100_000;

/** 1,000 documents of 8–15 paragraphs on pages, 50 codes (10 with 4 sub-codes), 100,000 codings. */
export function generateRetrievalBenchProject(db: Db): void {
  const rand = random(42);
  const sqlite = db.$client;
  sqlite.exec(
    "insert into coders (id, name, color, created_at) values ('coder-1', 'bench', '#000000', 0)",
  );
  const insertCode = sqlite.prepare(
    "insert into codes (id, parent_id, name, color, sort_order, created_at, updated_at) values (?, ?, ?, '#336699', ?, 0, 0)",
  );
  for (let c = 0; c < CODES; c++) {
    insertCode.run(`code-${c}`, c < 10 ? null : `code-${c % 10}`, `code ${c}`, c);
  }
  const insertDoc = sqlite.prepare(
    `insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text, page_map, page_count, sort_order)
     values (?, ?, 'pdf', ?, ?, 0, '{"type":"doc"}', ?, ?, ?, ?)`,
  );
  const texts: string[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const blocks = Array.from({ length: 8 + Math.floor(rand() * 8) }, (_, i) =>
      `Paragraf ${i} dokumen ${d}: ${'kerja sama kota kembar dan warga kota '.repeat(12)}`.trim(),
    );
    const text = blocks.join('\n\n');
    let at = 0;
    const pageMap = blocks.map((block, i) => {
      const entry = { page: i + 1, label: String(i + 1), start: at };
      at += block.length + 2;
      return entry;
    });
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
      const second = (first + 1 + Math.floor(rand() * (CODES - 1))) % CODES;
      insertCoding.run(`coding-${codings++}`, `seg-${s}`, `code-${second}`, `doc-${d}`);
    }
  }
}

const time = (run: () => unknown) => timeRuns(RUNS, run);

const code = (codeId: string, includeSubcodes: boolean): QueryNode => ({
  op: 'code',
  codeId,
  includeSubcodes,
});

/** Times retrieval.run against listSegments of the same code, measured in the same run. */
export async function benchRetrieval(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'telaah-bench-retrieval-'));
  const db = openDatabase({
    file: join(folder, 'bench.telaah'),
    migrationsFolder: defaultMigrationsFolder,
  });
  try {
    db.$client.transaction(() => {
      generateRetrievalBenchProject(db);
    })();
    db.$client.exec('analyze');
    const ctx: Ctx = { db, now: () => 0, newId: () => 'unused', coderId: 'coder-1' };
    const baseline = time(() => listSegments(ctx, { codeId: 'code-7', includeSubcodes: true }));
    const withSub = time(() => runRetrieval(ctx, { root: code('code-7', true), filters: {} }));
    const and = time(() =>
      runRetrieval(ctx, {
        root: {
          op: 'and',
          left: code('code-3', true),
          right: code('code-5', true),
          span: 'segment',
          sameCoder: false,
        },
        filters: {},
      }),
    );
    const within = time(() =>
      runRetrieval(ctx, {
        root: {
          op: 'within',
          left: code('code-3', false),
          right: code('code-5', false),
          distance: 1,
          unit: 'paragraphs',
          sameCoder: false,
        },
        filters: {},
      }),
    );
    const ratio = (median: number): number => median / baseline.median;
    const results: BenchResult[] = [
      {
        name: 'retrieval: listSegments of a code with sub-codes (baseline)',
        unit: 'ms',
        ...baseline,
      },
      {
        name: 'retrieval: one code with sub-codes, rows with context',
        unit: 'ms',
        ...withSub,
        baseline: baseline.median,
        ratio: ratio(withSub.median),
        target: '< 1000 ms',
      },
      {
        name: 'retrieval: two codes with sub-codes, AND',
        unit: 'ms',
        ...and,
        baseline: baseline.median,
        ratio: ratio(and.median),
        target: '< 1000 ms',
      },
      {
        name: 'retrieval: two codes WITHIN 1 paragraph',
        unit: 'ms',
        ...within,
        baseline: baseline.median,
        ratio: ratio(within.median),
        target: '< 1000 ms',
      },
    ];
    return await Promise.resolve(results);
  } finally {
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await benchRetrieval();
  console.table(
    results.map((r) => ({
      measure: r.name,
      'median ms': r.median.toFixed(2),
      'p95 ms': r.p95?.toFixed(2),
      ratio: r.ratio?.toFixed(2),
      target: r.target,
    })),
  );
}
