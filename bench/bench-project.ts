// The one generator of benchmark projects: documents of paragraphs and sentences, a code tree,
// coders with their segments and codings, cases. Seeded, so every run builds the same project,
// and written in one transaction through prepared statements.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ctx } from '../core/context';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import { openDatabase, type Db } from '../db/open-database';
import { random } from './bench-kit';

/** A whole-number range: from `min` up to but not including `max`. */
export type Range = readonly [min: number, max: number];

export interface BenchCoder {
  id: string;
  role?: 'coder' | 'reviewer';
}

/** How the second of two coders codes again what the first coded, as a second coder would. */
export interface PairedCoding {
  /** Share of the first coder's segments coded again with the same code, boundaries shifted. */
  same: number;
  /** Share coded again at the same span with another code; the rest is coded elsewhere. */
  recode: number;
  /** Boundaries move by up to this many characters either way. */
  shift: number;
}

/** What the coders code: the options of {@link addBenchCodings}. */
export interface BenchCodingOptions {
  seed: number;
  /** Inserted before they code; the first is the bench context's coder. */
  coders: readonly BenchCoder[];
  /** Codings per coder (codes on its segments, not segments). */
  codingsPerCoder: number;
  /** Share of segments that carry a second, different code. */
  secondCode: number;
  /** Segment length in characters. */
  segmentLength: Range;
  /** Stores each segment's quote (the text it covers), as coding does; else an empty quote. */
  quotes: boolean;
  /** With two coders: the second follows the first's segments instead of coding on its own. */
  paired?: PairedCoding;
}

/** The shape of a document's text. */
export interface TextShape {
  /** Per document; paragraphs are blocks separated by a blank line. */
  paragraphs: Range;
  /** Per paragraph; a sentence is words of {@link WORDS} ending with a full stop. */
  sentences: Range;
  /** Per sentence. */
  words: Range;
}

export interface BenchProjectOptions extends BenchCodingOptions {
  documents: number;
  text: TextShape;
  /** PDF documents with a page map (one page per paragraph); else plain text ones without. */
  pages: boolean;
  /** Indexes each paragraph for full-text search, as an import does. */
  searchIndex: boolean;
  codes: number;
  /** The first `codeRoots` codes are top-level, code-n a sub-code of code-(n % codeRoots). */
  codeRoots: number;
  /** Document n belongs to case-(n % cases); 0 for none. */
  cases: number;
}

/** A generated project: the text of each document (`doc-n` at index n) and its code count. */
export interface BenchProject {
  texts: string[];
  codes: number;
}

/**
 * The bench project, which options given to the generator override: 1,000 PDF documents of
 * 8–15 paragraphs (about 7,000 characters) on pages, indexed for search; 50 codes (40 of them
 * sub-codes of the first 10); one coder with 100,000 codings on segments of 20–200 characters
 * with their quotes, 30% of which carry a second code.
 */
export const BENCH_PROJECT: BenchProjectOptions = {
  seed: 42,
  documents: 1_000,
  text: { paragraphs: [8, 16], sentences: [1, 2], words: [60, 100] },
  pages: true,
  searchIndex: true,
  codes: 50,
  codeRoots: 10,
  cases: 0,
  coders: [{ id: 'coder-1' }],
  codingsPerCoder: 100_000,
  secondCode: 0.3,
  segmentLength: [20, 200],
  quotes: true,
};

/** Indonesian and English words of a sister-city corpus, two with diacritics for search. */
export const WORDS = (
  'kota kembar kerjasama sister city pemerintah daerah delegasi kunjungan budaya ekonomi ' +
  'pendidikan pelajar pertukaran perjanjian MoU anggaran wali kota dewan program tahun ' +
  'the city council agreed cooperation exchange students culture trade port harbour ' +
  'café résumé festival gamelan bahasa partner provinsi kementerian luar negeri'
).split(' ');

const between = (rand: () => number, [min, max]: Range): number =>
  min + Math.floor(rand() * (max - min));

function paragraphs(rand: () => number, shape: TextShape): string[] {
  const word = (): string => WORDS[Math.floor(rand() * WORDS.length)]!;
  const sentence = (): string =>
    `${Array.from({ length: between(rand, shape.words) }, word).join(' ')}.`;
  const paragraph = (): string =>
    Array.from({ length: between(rand, shape.sentences) }, sentence).join(' ');
  return Array.from({ length: between(rand, shape.paragraphs) }, paragraph);
}

function addDocuments(db: Db, rand: () => number, options: BenchProjectOptions): string[] {
  const sqlite = db.$client;
  const insertDoc = sqlite.prepare(
    `insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text, page_map, page_count, sort_order)
     values (?, ?, ?, ?, ?, 0, '{"type":"doc"}', ?, ?, ?, ?)`,
  );
  const insertBlock = sqlite.prepare(
    'insert into document_blocks_fts (document_id, block_start, block_end, text) values (?, ?, ?, ?)',
  );
  const kind = options.pages ? 'pdf' : 'txt';
  const texts: string[] = [];
  for (let d = 0; d < options.documents; d++) {
    const id = `doc-${d}`;
    const blocks = paragraphs(rand, options.text);
    const pageMap: { page: number; label: string; start: number }[] = [];
    let at = 0;
    for (const block of blocks) {
      pageMap.push({ page: pageMap.length + 1, label: String(pageMap.length + 1), start: at });
      if (options.searchIndex) insertBlock.run(id, at, at + block.length, block);
      at += block.length + 2;
    }
    const text = blocks.join('\n\n');
    const pages = options.pages ? [JSON.stringify(pageMap), blocks.length] : [null, null];
    insertDoc.run(id, `Dokumen ${d}`, `${id}.${kind}`, `sha-${d}`, kind, text, ...pages, d);
    texts.push(text);
  }
  return texts;
}

function addCodesAndCases(db: Db, options: BenchProjectOptions): void {
  const sqlite = db.$client;
  const insertCode = sqlite.prepare(
    "insert into codes (id, parent_id, name, color, sort_order, created_at, updated_at) values (?, ?, ?, '#336699', ?, 0, 0)",
  );
  for (let c = 0; c < options.codes; c++) {
    const parent = options.codeRoots > 0 && c >= options.codeRoots;
    insertCode.run(`code-${c}`, parent ? `code-${c % options.codeRoots}` : null, `code ${c}`, c);
  }
  const insertCase = sqlite.prepare('insert into cases (id, name) values (?, ?)');
  const assign = sqlite.prepare('insert into case_documents (case_id, document_id) values (?, ?)');
  for (let c = 0; c < options.cases; c++) insertCase.run(`case-${c}`, `Case ${c}`);
  if (options.cases > 0) {
    for (let d = 0; d < options.documents; d++) assign.run(`case-${d % options.cases}`, `doc-${d}`);
  }
}

/** Writes one coder's segments and codings into a generated project, drawing from `rand`. */
function codingWriter(
  db: Db,
  project: BenchProject,
  options: BenchCodingOptions,
  rand: () => number,
) {
  const sqlite = db.$client;
  const insertSegment = sqlite.prepare(
    `insert into segments (id, document_id, start, "end", quote, prefix, suffix, coder_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, '', '', ?, 0, 0)`,
  );
  const insertCoding = sqlite.prepare(
    'insert into codings (id, segment_id, code_id, document_id, coder_id, created_at) values (?, ?, ?, ?, ?, 0)',
  );
  const { texts, codes } = project;
  const shift = options.paired?.shift ?? 0;
  const counts = new Map<string, { segments: number; codings: number }>();
  const countOf = (coder: string) => {
    const count = counts.get(coder) ?? { segments: 0, codings: 0 };
    counts.set(coder, count);
    return count;
  };

  /** One segment of `coder` with code `first` and, a `secondCode` share of the time, another. */
  const code = (coder: string, d: number, start: number, end: number, first: number): void => {
    const count = countOf(coder);
    const segment = `${coder}-seg-${count.segments++}`;
    const quote = options.quotes ? texts[d]!.slice(start, end) : '';
    insertSegment.run(segment, `doc-${d}`, start, end, quote, coder);
    const add = (c: number): void => {
      const id = `${coder}-coding-${count.codings++}`;
      insertCoding.run(id, segment, `code-${c}`, `doc-${d}`, coder);
    };
    add(first);
    if (rand() < options.secondCode && count.codings < options.codingsPerCoder) {
      add((first + 1 + Math.floor(rand() * (codes - 1))) % codes);
    }
  };
  /** A random span in document `d`, leaving room for the longest segment and a shift. */
  const span = (d: number): [number, number] => {
    const start = Math.floor(rand() * (texts[d]!.length - options.segmentLength[1] - shift));
    return [start, start + between(rand, options.segmentLength)];
  };
  /** A segment of `coder` with a random code at a random place; gives its place and code. */
  const anywhere = (coder: string): [d: number, start: number, end: number, code: number] => {
    const d = Math.floor(rand() * texts.length);
    const [start, end] = span(d);
    const c = Math.floor(rand() * codes);
    code(coder, d, start, end, c);
    return [d, start, end, c];
  };
  const codings = (coder: string): number => countOf(coder).codings;
  return { code, anywhere, codings };
}

/**
 * Adds coders and their codings to a generated project (in another coder's copy of it, say),
 * in one transaction; what `overrides` leaves out is as in {@link BENCH_PROJECT}.
 */
export function addBenchCodings(
  db: Db,
  project: BenchProject,
  overrides: Partial<BenchCodingOptions>,
): void {
  const options = { ...BENCH_PROJECT, ...overrides };
  const { paired, coders, codingsPerCoder } = options;
  if (paired && coders.length !== 2) throw new Error('paired coding needs two coders');
  const rand = random(options.seed);
  const { code, anywhere, codings } = codingWriter(db, project, options, rand);
  const insertCoder = db.$client.prepare(
    "insert into coders (id, name, color, role, created_at) values (?, ?, '#000000', ?, 0)",
  );
  db.$client.transaction(() => {
    for (const coder of coders) insertCoder.run(coder.id, coder.id, coder.role ?? 'coder');
    const [a, b] = coders.map((coder) => coder.id);
    if (paired && a && b) {
      const move = (at: number): number =>
        at + Math.floor(rand() * 2 * paired.shift) - paired.shift;
      while (codings(a) < codingsPerCoder) {
        const [d, start, end, c] = anywhere(a);
        const r = rand();
        if (r < paired.same) {
          const s = Math.max(0, move(start));
          code(b, d, s, Math.max(s + 1, move(end)), c);
        } else if (r < paired.same + paired.recode) code(b, d, start, end, (c + 1) % project.codes);
        else anywhere(b);
      }
      return;
    }
    for (const coder of coders) while (codings(coder.id) < codingsPerCoder) anywhere(coder.id);
  })();
}

/**
 * Fills an empty project (documents, codes, cases, coders and their codings) in one
 * transaction; what `overrides` leaves out is as in {@link BENCH_PROJECT}.
 */
export function generateBenchProject(
  db: Db,
  overrides: Partial<BenchProjectOptions> = {},
): BenchProject {
  const options = { ...BENCH_PROJECT, ...overrides };
  return db.$client.transaction(() => {
    const project = {
      texts: addDocuments(db, random(options.seed), options),
      codes: options.codes,
    };
    addCodesAndCases(db, options);
    // Inside this transaction, addBenchCodings' own is a savepoint.
    addBenchCodings(db, project, { ...options, seed: options.seed + 1 });
    return project;
  })();
}

/** Opens (creating) a project file with the app's migrations. */
export function openBenchDatabase(file: string): Db {
  return openDatabase({ file, migrationsFolder: defaultMigrationsFolder });
}

/**
 * Generates the project in a temp folder, analyzes it as the app does, runs `measure` with a
 * context whose coder is the first, then closes and removes it.
 */
export async function withBenchProject<T>(
  overrides: Partial<BenchProjectOptions>,
  measure: (ctx: Ctx, project: BenchProject) => T,
): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'telaah-bench-'));
  const db = openBenchDatabase(join(folder, 'bench.telaah'));
  try {
    const project = generateBenchProject(db, overrides);
    db.$client.exec('analyze');
    const coderId = (overrides.coders ?? BENCH_PROJECT.coders)[0]?.id ?? 'unused';
    return await Promise.resolve(
      measure({ db, now: () => 0, newId: () => 'unused', coderId }, project),
    );
  } finally {
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
