// A generated project for the document-view bench: one 1,000,000-character document with
// 10,000 codings, a short second document, and nine codes with shortcut keys 1–9.
import type { PmNode } from '../core/text/pm-node';
import { toCanonicalText } from '../core/text/to-canonical-text';
import { defaultMigrationsFolder } from '../db/default-migrations-folder';
import { openDatabase } from '../db/open-database';
import { random } from './bench-kit';

export const BIG_TITLE = 'Bench: one million characters';
export const SMALL_TITLE = 'Bench: short note';
const TARGET_CHARS = 1_000_000;
const SEGMENTS = 10_000;
const COLOURS = [
  '#d9480f',
  '#1971c2',
  '#2f9e44',
  '#9c36b5',
  '#e67700',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#364fc7',
];

const WORDS = (
  'kota kembar kerjasama sister city pemerintah daerah delegasi kunjungan budaya ekonomi ' +
  'pendidikan pelajar pertukaran perjanjian anggaran wali dewan program tahun the city council ' +
  'agreed cooperation exchange students culture trade port harbour café résumé festival gamelan'
).split(' ');

function bigDoc(rand: () => number): PmNode {
  const content: PmNode[] = [];
  let chars = 0;
  let page = 1;
  while (chars < TARGET_CHARS) {
    const n = 60 + Math.floor(rand() * 60);
    const text = `${Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ')}.`;
    const inline: PmNode[] = [];
    if (content.length % 6 === 0) {
      inline.push({ type: 'pageMarker', attrs: { page, label: String(page) } });
      page += 1;
    }
    inline.push({ type: 'text', text });
    content.push({ type: 'paragraph', content: inline });
    chars += text.length + 2;
  }
  return { type: 'doc', content };
}

/** Writes the bench data into an existing project file whose coder is `coderId`. */
export function fillBenchProject(file: string, coderId: string): void {
  const db = openDatabase({ file, migrationsFolder: defaultMigrationsFolder });
  const sqlite = db.$client;
  const rand = random(7);
  try {
    sqlite.transaction(() => {
      const insertCode = sqlite.prepare(
        `insert into codes (id, parent_id, name, color, shortcut, sort_order, codable, created_at, updated_at)
         values (?, null, ?, ?, ?, ?, 1, 0, 0)`,
      );
      COLOURS.forEach((colour, i) =>
        insertCode.run(`bench-code-${i}`, `bench code ${i + 1}`, colour, String(i + 1), i),
      );
      const insertDoc = sqlite.prepare(
        `insert into documents (id, title, kind, original_name, sha256, imported_at, doc_json, text, page_map, page_count, sort_order)
         values (?, ?, 'pdf', ?, ?, 0, ?, ?, ?, ?, ?)`,
      );
      const big = bigDoc(rand);
      const canonical = toCanonicalText(big);
      insertDoc.run(
        'bench-big',
        BIG_TITLE,
        'big.pdf',
        'sha-big',
        JSON.stringify(big),
        canonical.text,
        JSON.stringify(canonical.pageMap),
        canonical.pageMap.length,
        0,
      );
      const small: PmNode = {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A short note.' }] }],
      };
      insertDoc.run(
        'bench-small',
        SMALL_TITLE,
        'small.pdf',
        'sha-small',
        JSON.stringify(small),
        'A short note.',
        null,
        null,
        1,
      );
      const insertSegment = sqlite.prepare(
        `insert into segments (id, document_id, start, "end", quote, prefix, suffix, coder_id, created_at, updated_at)
         values (?, 'bench-big', ?, ?, ?, '', '', ?, 0, 0)`,
      );
      const insertCoding = sqlite.prepare(
        `insert into codings (id, segment_id, code_id, document_id, coder_id, created_at) values (?, ?, ?, 'bench-big', ?, 0)`,
      );
      const text = canonical.text;
      for (let s = 0; s < SEGMENTS; s++) {
        const start = Math.floor(rand() * (text.length - 600));
        const end = start + 20 + Math.floor(rand() * 500);
        insertSegment.run(`bench-seg-${s}`, start, end, text.slice(start, end), coderId);
        insertCoding.run(
          `bench-coding-${s}`,
          `bench-seg-${s}`,
          `bench-code-${s % COLOURS.length}`,
          coderId,
        );
      }
    })();
  } finally {
    sqlite.close();
  }
}
