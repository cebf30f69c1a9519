import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTelaahError } from '../../core/errors';
import { importPdf } from '../../core/import/pdf/import-pdf';
import { toCanonicalText } from '../../core/text/to-canonical-text';
import { makePdf } from '../helpers/make-pdf';
import { wordSimilarity } from '../helpers/word-similarity';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = fs.existsSync(path.join(corpus, 'bad'));
const read = (relative: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(path.join(corpus, relative)));

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isTelaahError(error)) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe.skipIf(!present)('importPdf on bad inputs', () => {
  it.each([
    ['empty.pdf', 'import_empty_file'],
    ['truncated-30pct.pdf', 'import_pdf_damaged'],
    ['encrypted-password.pdf', 'import_pdf_encrypted'],
    ['png-renamed.pdf', 'import_not_pdf'],
  ])('refuses %s with %s', async (file, code) => {
    const error = await errorOf(importPdf({ name: file, bytes: read(`bad/${file}`) }));
    expect(error.code).toBe(code);
    expect(error.message).toContain(file);
  });

  it('names the real format when a PNG is renamed to .pdf', async () => {
    const error = await errorOf(importPdf({ name: 'x.pdf', bytes: read('bad/png-renamed.pdf') }));
    expect(error.message).toContain('PNG');
  });

  it('imports the 002 text when given the right password', async () => {
    const bytes = read('bad/encrypted-password.pdf');
    const imported = await importPdf({ name: 'e.pdf', bytes }, { password: 'rahasia123' });
    const truth = fs.readFileSync(path.join(corpus, 'papers/002-seoul-tokyo.truth.txt'), 'utf8');
    expect(wordSimilarity(toCanonicalText(imported.doc).text, truth.trim())).toBeGreaterThan(0.98);
  });

  it('says the password is wrong when given a wrong one', async () => {
    const bytes = read('bad/encrypted-password.pdf');
    const error = await errorOf(importPdf({ name: 'e.pdf', bytes }, { password: 'salah' }));
    expect(error.code).toBe('import_pdf_encrypted');
    expect(error.message).toMatch(/wrong/u);
  });

  it('imports all 405 pages of the large file with bounded memory', async () => {
    const bytes = read('bad/large-405-pages.pdf');
    const before = process.memoryUsage().rss;
    let peak = before;
    // Sampled while the import runs: reading page by page keeps the growth far below what
    // holding every page's parsed content at once would need.
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 25);
    let imported;
    try {
      imported = await importPdf({ name: 'large.pdf', bytes });
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    const growth = (peak - before) / 2 ** 20;
    console.log(
      `rss before ${(before / 2 ** 20).toFixed(0)} MiB, peak growth ${growth.toFixed(0)} MiB`,
    );
    expect(growth).toBeLessThan(400);
    expect(imported.pageCount).toBe(405);
    const { text, pageMap } = toCanonicalText(imported.doc);
    const truths = ['000-surabaya-busan-medan-gwangju', '002-seoul-tokyo', '004-surabaya-gaziantep']
      .map((id) => fs.readFileSync(path.join(corpus, `papers/${id}.truth.txt`), 'utf8').trim())
      .join('\n\n');
    const firstCopy = text.slice(0, pageMap[15]!.start);
    expect(wordSimilarity(firstCopy, truths)).toBeGreaterThanOrEqual(0.98);
  });
});

describe('importPdf on a scan', () => {
  it('refuses with import_pdf_no_text when no page has a text layer', async () => {
    const bytes = await makePdf([{ scanned: true }, { scanned: true }]);
    const error = await errorOf(importPdf({ name: 'scan.pdf', bytes }));
    expect(error.code).toBe('import_pdf_no_text');
    expect(error.message).toMatch(/OCR/u);
  });
});
