import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSource } from '../../core/import/import-source';
import { toCanonicalText } from '../../core/text/to-canonical-text';
import { wordSimilarity } from '../helpers/word-similarity';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

const PAPERS = ['000-surabaya-busan-medan-gwangju', '002-seoul-tokyo', '004-surabaya-gaziantep'];

async function importCorpusFile(relative: string) {
  const bytes = new Uint8Array(readFileSync(path.join(corpus, relative)));
  return importSource({ name: path.basename(relative), bytes });
}

function truthOf(id: string): string {
  return readFileSync(path.join(corpus, 'papers', `${id}.truth.txt`), 'utf8').trim();
}

function equalBlocks(actual: string, truth: string): { equal: number; total: number } {
  const a = actual.split('\n\n');
  const b = truth.split('\n\n');
  const equal = b.filter((block, i) => a[i] === block).length;
  return { equal, total: Math.max(a.length, b.length) };
}

describe.skipIf(!existsSync(corpus))('importSource on the corpus', () => {
  it.each(PAPERS)('matches the truth block for block when importing %s.docx', async (id) => {
    const imported = await importCorpusFile(`papers/${id}.docx`);
    const text = toCanonicalText(imported.doc).text.trim();
    const truth = truthOf(id);
    expect(wordSimilarity(text, truth)).toBeGreaterThanOrEqual(0.98);
    expect(equalBlocks(text, truth)).toEqual({
      equal: truth.split('\n\n').length,
      total: truth.split('\n\n').length,
    });
    expect(imported).toMatchObject({ kind: 'docx', language: 'id' });
  });

  it('keeps only the visible paper when the HTML page is hostile', async () => {
    const imported = await importCorpusFile('html/002-seoul-tokyo.hostile.html');
    const text = toCanonicalText(imported.doc).text.trim();
    const truth = truthOf('002-seoul-tokyo');
    expect(wordSimilarity(text, truth)).toBeGreaterThanOrEqual(0.98);
    expect(equalBlocks(text, truth).equal).toBe(truth.split('\n\n').length);
    const json = JSON.stringify(imported.doc);
    for (const bad of [
      'script',
      'javascript:',
      'onerror',
      'onload',
      'iframe',
      'srcdoc',
      'expression(',
    ]) {
      expect(json.toLowerCase()).not.toContain(bad);
    }
    expect(usedMarkTypes(imported.doc)).toEqual(new Set(['italic', 'link']));
    expect(imported.language).toBe('id');
  });

  it.each([
    [
      'encoding/000-surabaya-busan-medan-gwangju.cp1252-crlf.txt',
      '000-surabaya-busan-medan-gwangju',
    ],
    ['encoding/004-surabaya-gaziantep.utf16le-bom.txt', '004-surabaya-gaziantep'],
  ])('decodes %s to the truth when the encoding is legacy', async (file, id) => {
    const imported = await importCorpusFile(file);
    const text = toCanonicalText(imported.doc).text.trim();
    expect(wordSimilarity(text, truthOf(id))).toBeGreaterThanOrEqual(0.98);
    expect(text).not.toContain('\ufffd');
    expect(text).not.toContain('\u0000');
    expect(text).toMatch(/[“”]/);
  });
});

/** Every mark type and node attribute in a document, to prove nothing but the whitelist survives. */
function usedMarkTypes(node: {
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: unknown[];
}): Set<string> {
  const types = new Set<string>();
  const visit = (n: typeof node): void => {
    for (const mark of n.marks ?? []) {
      types.add(mark.type);
      if (mark.attrs !== undefined) expect(Object.keys(mark.attrs)).toEqual(['href']);
    }
    const attrs = (n as { attrs?: Record<string, unknown> }).attrs ?? {};
    for (const key of Object.keys(attrs)) expect(['level', 'start']).toContain(key);
    for (const child of (n.content ?? []) as (typeof node)[]) visit(child);
  };
  visit(node);
  return types;
}
