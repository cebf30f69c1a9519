// Co-occurrence and network timings on the generated project of db-queries.ts:
// 1,000 documents, 100,000 codings, 50 codes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeFrequency } from '../core/analysis/network/code-frequency';
import { cooccurrence } from '../core/analysis/network/cooccurrence';
import { networkGraph } from '../core/analysis/network/network-graph';
import { codeCooccurrence } from '../core/coding/code-cooccurrence';
import type { Ctx } from '../core/context';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import { openDatabase, type Db } from '../db/open-database';
import type { BenchResult } from './bench-result';
import { random, timeRuns } from './bench-kit';

const RUNS = 15;
const DOCUMENTS = 1_000;
const CODES = 50;
const CODINGS = 100_000;

/**
 * The shape of db-queries.ts' project (1,000 documents of 8–15 paragraphs, 50 codes, 100,000
 * codings, 30% of segments carrying two codes), without its search index, which this bench
 * does not read.
 */
function generate(db: Db): void {
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
     values (?, ?, 'pdf', ?, ?, 0, '{"type":"doc"}', ?, ?)`,
  );
  const lengths: number[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const blocks = Array.from({ length: 8 + Math.floor(rand() * 8) }, () =>
      'kata '.repeat(60 + Math.floor(rand() * 40)).trim(),
    );
    const text = blocks.join('\n\n');
    insertDoc.run(`doc-${d}`, `Dokumen ${d}`, `doc-${d}.pdf`, `sha-${d}`, text, d);
    lengths.push(text.length);
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
    const start = Math.floor(rand() * (lengths[d]! - 200));
    insertSegment.run(`seg-${s}`, `doc-${d}`, start, start + 20 + Math.floor(rand() * 180));
    const first = Math.floor(rand() * CODES);
    insertCoding.run(`coding-${codings++}`, `seg-${s}`, `code-${first}`, `doc-${d}`);
    if (rand() < 0.3 && codings < CODINGS) {
      const second = (first + 1 + Math.floor(rand() * (CODES - 1))) % CODES;
      insertCoding.run(`coding-${codings++}`, `seg-${s}`, `code-${second}`, `doc-${d}`);
    }
  }
}

const time = (run: () => unknown) => timeRuns(RUNS, run);

/** Times the co-occurrence table (50 codes) against the plain SQL self-join as the baseline. */
export async function benchNetwork(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'telaah-bench-network-'));
  const db = openDatabase({
    file: join(folder, 'bench.telaah'),
    migrationsFolder: defaultMigrationsFolder,
  });
  try {
    db.$client.transaction(() => {
      generate(db);
    })();
    db.$client.exec('analyze');
    const ctx: Ctx = { db, now: () => 0, newId: () => 'unused', coderId: 'coder-1' };
    const baseline = time(() => codeCooccurrence(ctx)).median;
    const measure = (name: string, run: () => unknown, target = ''): BenchResult => {
      const t = time(run);
      return { name, unit: 'ms', ...t, baseline, ratio: t.median / baseline, target };
    };
    const network = {
      measure: 'count' as const,
      threshold: 50,
      showCooccurrence: true,
      showLinks: true,
      positions: {},
    };
    const results: BenchResult[] = [
      {
        name: 'co-occurrence baseline: SQL overlap self-join',
        unit: 'ms',
        ...time(() => codeCooccurrence(ctx)),
      },
      measure('co-occurrence table, 50 codes (overlap)', () => cooccurrence(ctx), '≤ 300 ms'),
      measure('co-occurrence table, 50 codes (within 100 characters)', () =>
        cooccurrence(ctx, { proximity: { mode: 'near', chars: 100 } }),
      ),
      measure('co-occurrence table, 50 codes (same paragraph)', () =>
        cooccurrence(ctx, { proximity: { mode: 'paragraph' } }),
      ),
      measure('network of 50 codes with automatic layout', () => networkGraph(ctx, network)),
      measure('code frequency chart by document', () =>
        codeFrequency(ctx, { by: 'document', measure: 'codings', stacked: true }),
      ),
    ];
    return await Promise.resolve(results);
  } finally {
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
