// Merge timings: two coders' copies of a 1,000-document project, 50,000 codings each.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ctx } from '../core/context';
import { mergeProjects } from '../core/merge/merge-projects';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import type { BenchResult } from './bench-result';
import { stats } from './bench-kit';
import { addBenchCodings, generateBenchProject, openBenchDatabase } from './bench-project';

const CODINGS = 50_000;
const RUNS = Number(process.env.MERGE_BENCH_RUNS ?? 3);

/** The team lead's project: 1,000 documents of 600 words, 50 codes, the lead as reviewer. */
const LEAD_PROJECT = {
  seed: 7,
  text: { paragraphs: [1, 2], sentences: [1, 2], words: [600, 601] },
  pages: false,
  searchIndex: false,
  coders: [{ id: 'lead', role: 'reviewer' }],
  codingsPerCoder: 0,
} as const;

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
  return stats(samples).median;
}

function merge(file: string, from: string[]): void {
  const db = openBenchDatabase(file);
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
  const db = openBenchDatabase(file);
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
    const lead = openBenchDatabase(join(folder, 'lead.telaah'));
    const project = generateBenchProject(lead, LEAD_PROJECT);
    lead.$client.close();
    const coders = ['Ayu', 'Budi'].map((name, i) => {
      const file = join(folder, `${name}.telaah`);
      copyFileSync(join(folder, 'lead.telaah'), file);
      const db = openBenchDatabase(file);
      // Each coder codes 50,000 times on their own, 30% of segments with two codes.
      addBenchCodings(db, project, {
        seed: 100 + i,
        coders: [{ id: name }],
        codingsPerCoder: CODINGS,
      });
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
