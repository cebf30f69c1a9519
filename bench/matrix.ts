// Matrix builder timings on the generated bench project: 1,000 documents × 50 codes, 100,000 codings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildMatrix } from '../core/analysis/matrix/build-matrix';
import { matrixConfig, type MatrixConfigInput } from '../core/analysis/matrix/matrix-config';
import { codeDocumentMatrix } from '../core/coding/code-document-matrix';
import type { Ctx } from '../core/context';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import { openDatabase, type Db } from '../db/open-database';
import type { BenchResult } from './bench-result';
import { random, timeRuns } from './bench-kit';

const RUNS = 20;
const DOCUMENTS = 1_000;
const CODES = 50;
const CODINGS = 100_000;

const time = (run: () => unknown) => timeRuns(RUNS, run);

/**
 * The bench project of bench/db-queries.ts in the shape the matrix reads: 1,000 documents of
 * about 6,000 characters, 50 codes (40 of them sub-codes of the first 10), 100,000 codings on
 * segments of 20–200 characters (30% of segments carry a second code), 100 cases of 10 documents.
 */
function generateMatrixProject(db: Db): void {
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
    `insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text, sort_order)
     values (?, ?, 'txt', ?, ?, 0, '{"type":"doc"}', ?, ?)`,
  );
  const lengths: number[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const length = 4000 + Math.floor(rand() * 4000);
    insertDoc.run(
      `doc-${d}`,
      `Dokumen ${d}`,
      `doc-${d}.txt`,
      `sha-${d}`,
      'kota '.repeat(length / 5),
      d,
    );
    lengths.push(length);
  }
  const insertSegment = sqlite.prepare(
    `insert into segments (id, document_id, start, "end", quote, prefix, suffix, coder_id, created_at, updated_at)
     values (?, ?, ?, ?, '', '', '', 'coder-1', 0, 0)`,
  );
  const insertCoding = sqlite.prepare(
    "insert into codings (id, segment_id, code_id, document_id, coder_id, created_at) values (?, ?, ?, ?, 'coder-1', 0)",
  );
  let codings = 0;
  for (let s = 0; codings < CODINGS; s++) {
    const d = Math.floor(rand() * DOCUMENTS);
    const start = Math.floor(rand() * ((lengths[d] ?? 4000) - 200));
    insertSegment.run(`seg-${s}`, `doc-${d}`, start, start + 20 + Math.floor(rand() * 180));
    const first = Math.floor(rand() * CODES);
    insertCoding.run(`coding-${codings++}`, `seg-${s}`, `code-${first}`, `doc-${d}`);
    if (rand() < 0.3 && codings < CODINGS) {
      const second = (first + 1 + Math.floor(rand() * (CODES - 1))) % CODES;
      insertCoding.run(`coding-${codings++}`, `seg-${s}`, `code-${second}`, `doc-${d}`);
    }
  }
  const insertCase = sqlite.prepare('insert into cases (id, name) values (?, ?)');
  const assign = sqlite.prepare('insert into case_documents (case_id, document_id) values (?, ?)');
  for (let c = 0; c < 100; c++) insertCase.run(`case-${c}`, `Case ${c}`);
  for (let d = 0; d < DOCUMENTS; d++) assign.run(`case-${d % 100}`, `doc-${d}`);
}

const allCodes = Array.from({ length: CODES }, (_, c) => ({
  kind: 'code' as const,
  codeId: `code-${c}`,
}));

/**
 * Times the matrix builder against the bare document × code count query measured in the same
 * run (the baseline): counts, sub-code roll-up, cases, coverage and ordering by a cell.
 */
export async function benchMatrix(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'telaah-bench-matrix-'));
  const db = openDatabase({
    file: join(folder, 'bench.telaah'),
    migrationsFolder: defaultMigrationsFolder,
  });
  try {
    db.$client.transaction(() => {
      generateMatrixProject(db);
    })();
    db.$client.exec('analyze');
    const ctx: Ctx = { db, now: () => 0, newId: () => 'unused', coderId: 'coder-1' };
    const matrix = (input: MatrixConfigInput) => () =>
      buildMatrix(ctx, matrixConfig.parse(input), null);
    const baseline = time(() => codeDocumentMatrix(ctx));
    const measure = (name: string, run: () => unknown, target = ''): BenchResult => {
      const t = time(run);
      return {
        name,
        unit: 'ms',
        ...t,
        baseline: baseline.median,
        ratio: t.median / baseline.median,
        target,
      };
    };
    const results: BenchResult[] = [
      { name: 'matrix baseline: document × code count query', unit: 'ms', ...baseline },
      measure(
        'matrix 1,000 documents × 50 codes, counts',
        matrix({ rows: { source: 'documents' }, columns: allCodes, includeSubcodes: false }),
        '≤ 150 ms',
      ),
      measure(
        'matrix 1,000 documents × 50 codes, sub-codes rolled up, ordered by a cell',
        matrix({
          rows: { source: 'documents' },
          columns: allCodes,
          includeSubcodes: true,
          order: { by: 'column', columnKey: 'code:code-3', direction: 'desc' },
          partition: { method: 'tertiles', columnKey: 'code:code-3' },
        }),
        '≤ 150 ms',
      ),
      measure(
        'matrix 100 cases × 50 codes, documents per cell',
        matrix({ rows: { source: 'cases' }, columns: allCodes, cell: 'documents' }),
      ),
      measure(
        'matrix 1,000 documents × 10 codes, coverage',
        matrix({ rows: { source: 'documents' }, columns: allCodes.slice(0, 10), cell: 'coverage' }),
      ),
    ];
    return await Promise.resolve(results);
  } finally {
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await benchMatrix();
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
