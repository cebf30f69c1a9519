import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPdf } from '../../core/import/pdf/import-pdf';
import { isPdfDump, repairPdfDump } from '../../core/import/layout/repair-pdf-dump';
import { normalizeFurnitureKey } from '../../core/import/layout/normalize-furniture-key';
import { toCanonicalText } from '../../core/text/to-canonical-text';
import { wordSimilarity } from '../helpers/word-similarity';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
const papers = path.join(corpus, 'papers');
const seeds = path.join(corpus, 'seeds');
const present = fs.existsSync(papers);
const pdfs = present ? fs.readdirSync(papers).filter((f) => f.endsWith('.pdf')) : [];
const truthOf = (file: string): string =>
  fs.readFileSync(path.join(papers, `${file.split('.')[0]!}.truth.txt`), 'utf8').trim();
const seed = (prefix: string): string => {
  const name = fs.readdirSync(seeds).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(seeds, name), 'utf8');
};

async function importText(file: string) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(papers, file)));
  const imported = await importPdf({ name: file, bytes });
  return { imported, ...toCanonicalText(imported.doc) };
}

/** The blocks of `actual` least like any truth block, for a readable failure. */
function worstBlocks(actual: string, truth: string): string[] {
  const truthBlocks = new Set(truth.split('\n\n'));
  return actual
    .split('\n\n')
    .filter((block) => !truthBlocks.has(block))
    .slice(0, 5)
    .map((block) => block.slice(0, 160));
}

describe.skipIf(!present)('importPdf on the corpus papers', () => {
  it.each(pdfs)('matches the truth text when importing %s', async (file) => {
    const { text } = await importText(file);
    const truth = truthOf(file);
    const similarity = wordSimilarity(text, truth);
    if (similarity < 0.98) console.log(file, similarity, worstBlocks(text, truth));
    expect(similarity).toBeGreaterThanOrEqual(0.98);
  });

  // Furniture left inside a paragraph, or a paragraph cut at a page break, shows here even when
  // the word similarity stays high.
  it.each(pdfs)(
    'reproduces at least 90 % of the truth blocks exactly when importing %s',
    async (file) => {
      const { text } = await importText(file);
      const truthBlocks = truthOf(file).split('\n\n');
      const produced = new Set(text.split('\n\n'));
      const equal = truthBlocks.filter((block) => produced.has(block)).length;
      expect(equal / truthBlocks.length).toBeGreaterThanOrEqual(0.9);
    },
  );

  it.each(pdfs)(
    'leaves no running header, footer or page number when importing %s',
    async (file) => {
      const { text, pageMap } = await importText(file);
      const truth = truthOf(file);
      const truthBlocks = new Set(truth.split('\n\n'));
      const blocks = text.split('\n\n');
      const keys = new Map<string, number>();
      for (const block of blocks) {
        const key = normalizeFurnitureKey(block);
        keys.set(key, (keys.get(key) ?? 0) + 1);
      }
      const furniture = blocks.filter(
        (block) =>
          /^\W*\d+\W*$/u.test(block) ||
          (!truthBlocks.has(block) && (keys.get(normalizeFurnitureKey(block)) ?? 0) >= 2),
      );
      expect(furniture).toEqual([]);
      expect(pageMap.length).toBeGreaterThan(0);
    },
  );

  it.each(pdfs)('maps every page to its printed number when importing %s', async (file) => {
    const { imported, pageMap } = await importText(file);
    expect(pageMap).toHaveLength(imported.pageCount!);
    const first = file.startsWith('002') ? 45 : file.startsWith('004') ? 210 : 1;
    expect(pageMap.map((p) => p.label)).toEqual(pageMap.map((_, index) => String(first + index)));
    expect(pageMap.map((p) => p.page)).toEqual(pageMap.map((_, index) => index + 1));
  });
});

describe.skipIf(!present)('repairPdfDump on the corpus seeds', () => {
  it('recognises the dumps and nothing else when given seeds and truths', () => {
    expect(['000', '001'].map((id) => isPdfDump(seed(id)))).toEqual([true, true]);
    expect(['002', '003', '004'].map((id) => isPdfDump(seed(id)))).toEqual([false, false, false]);
    for (const file of pdfs) expect(isPdfDump(truthOf(file))).toBe(false);
  });

  it('comes close to the paper truth when repairing seed 000', () => {
    const { text } = toCanonicalText(repairPdfDump(seed('000')));
    const truth = truthOf('000-surabaya-busan-medan-gwangju.journal.pdf');
    expect(wordSimilarity(text, truth)).toBeGreaterThanOrEqual(0.95);
    expect(isPdfDump(text)).toBe(false);
  });
});
