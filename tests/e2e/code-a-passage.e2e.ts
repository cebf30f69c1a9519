import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { makeSampleDocx } from '../helpers/make-docx';
import { makePdf, type PdfLineSpec } from '../helpers/make-pdf';
import { PROJECT_ROOT, serveApp, type TestServer } from '../helpers/serve';

const SCREENSHOTS = join(PROJECT_ROOT, 'screenshots');
const PDF_TITLE = 'Kerja Sama Kota Kembar';

let server: TestServer;
let browser: TestBrowser;
let page: Page;
let dir: string;

interface Segment {
  id: string;
  start: number;
  end: number;
  quote: string;
  codeIds: string[];
}
interface Code {
  id: string;
  name: string;
  color: string;
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await server.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const lines = (texts: string[]): PdfLineSpec[] => texts.map((text) => ({ text }));

async function writeFixtures(): Promise<string[]> {
  const pdf = await makePdf(
    [
      {
        top: [{ text: PDF_TITLE, size: 16, bold: true }],
        columns: [
          lines([
            'Pemerintah kota menandatangani perjanjian kerja sama dengan kota mitra',
            'di seberang laut. Delegasi pelajar berkunjung setiap musim kemarau dan',
            'belajar gamelan bersama warga kampung nelayan di tepi pelabuhan.',
          ]),
        ],
        pageNumber: 45,
        footer: '{n}',
      },
      {
        columns: [
          lines([
            'Dewan kota menyetujui anggaran pertukaran budaya untuk tiga tahun ke',
            'depan, meskipun beberapa anggota meragukan manfaat ekonominya bagi',
            'pedagang pasar dan pengrajin bambu di lereng timur.',
          ]),
        ],
        pageNumber: 46,
        footer: '{n}',
      },
    ],
    PDF_TITLE,
  );
  const pdfPath = join(dir, 'kota-kembar.pdf');
  const docxPath = join(dir, 'kebun-bambu.docx');
  await writeFile(pdfPath, pdf);
  await writeFile(docxPath, await makeSampleDocx());
  return [pdfPath, docxPath];
}

/** Selects the text between two phrases in the reader, as a mouse drag would. */
async function selectBetween(first: string, last: string): Promise<void> {
  await page.evaluate(
    `(() => {
      const root = document.querySelector('.reader-text');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const find = (needle, atEnd) => {
        walker.currentNode = root;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf(needle);
          if (i >= 0) return [n, atEnd ? i + needle.length : i];
        }
        throw new Error('not found: ' + needle);
      };
      const [a, ao] = find(${JSON.stringify(first)}, false);
      const [b, bo] = find(${JSON.stringify(last)}, true);
      root.focus();
      const range = document.createRange();
      range.setStart(a, ao);
      range.setEnd(b, bo);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    })()`,
  );
  await page.getByRole('toolbar', { name: 'Code the selection' }).waitFor();
}

/** A computed style of an element's pseudo-element (in-page code is a string: no DOM types here). */
function pseudoStyle(selector: string, pseudo: string, property: string): Promise<string> {
  return page.evaluate(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(pseudo)})[${JSON.stringify(property)}]`,
  );
}

const segmentsOf = (documentId: string): Promise<Segment[]> =>
  call<Segment[]>('segments.list', { documentId });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telaah-code-passage-'));
  server = await serveApp();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('code a passage', () => {
  let codes: Code[];
  let pdfId: string;

  it('opens an imported PDF with its page badges', async () => {
    await call('project.create', { file: join(dir, 'p.telaah'), coder: 'Rina' });
    const outcomes = await call<{ ok: boolean }[]>('documents.import', {
      paths: await writeFixtures(),
    });
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    codes = (await call<Code[]>('codes.list', {})).slice(0, 2);
    const [first, second] = codes;
    if (!first || !second) throw new Error('the starter codebook has fewer than two codes');
    await call('codes.update', { id: first.id, patch: { shortcut: '1', color: '#d9480f' } });
    await call('codes.update', { id: second.id, patch: { color: '#1971c2' } });
    codes = [
      { ...first, color: '#d9480f' },
      { ...second, color: '#1971c2' },
    ];
    const docs = await call<{ id: string; title: string }[]>('documents.list', {});
    pdfId = docs.find((d) => d.title === PDF_TITLE)?.id ?? '';
    expect(pdfId).not.toBe('');

    await page.goto(server.url);
    await page.getByRole('option', { name: new RegExp(PDF_TITLE) }).click();
    await page.locator('.reader-text').getByText('Delegasi pelajar', { exact: false }).waitFor();
    expect(await page.locator('.reader-title').textContent()).toBe(PDF_TITLE);
    expect(await page.locator('.page-marker').count()).toBeGreaterThan(0);
  });

  it('codes a selection with a code’s shortcut key', async () => {
    await selectBetween('Delegasi pelajar', 'warga kampung');
    await page.keyboard.press('1');
    const first = page.locator(`.coding[data-code-ids~="${codes[0]?.id ?? ''}"]`);
    await first.first().waitFor();
    const segments = await segmentsOf(pdfId);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.quote).toMatch(/^Delegasi pelajar.*warga kampung$/su);
    expect(await first.first().getAttribute('style')).toContain('rgb(217, 72, 15)');
  });

  it('overlaps a second code chosen in the codebook', async () => {
    await selectBetween('belajar gamelan', 'pelabuhan');
    const second = codes[1];
    if (!second) throw new Error('no second code');
    await page.getByRole('treeitem', { name: second.name }).first().click();
    await expect.poll(async () => (await segmentsOf(pdfId)).length).toBe(2);
    const both = page.locator(
      `.coding--multi[data-code-ids~="${codes[0]?.id ?? ''}"][data-code-ids~="${second.id}"]`,
    );
    await both.first().waitFor();
    expect(await both.first().textContent()).toContain('gamelan');
    const stripes = page.locator('.coding-stripe');
    await expect.poll(() => stripes.count()).toBe(2);
    const stripeColour = await pseudoStyle(
      `.coding-stripe[data-code-id="${second.id}"]`,
      '::after',
      'backgroundColor',
    );
    expect(stripeColour).toBe('rgb(25, 113, 194)');
  });

  it('undoes and redoes the last coding', async () => {
    await page.locator('.reader-text').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await segmentsOf(pdfId)).length).toBe(1);
    await expect.poll(() => page.locator('.coding--multi').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await segmentsOf(pdfId)).length).toBe(2);
    await page.locator('.coding--multi').first().waitFor();
  });

  it('shows overlapping codings in both languages', async () => {
    await page.locator('.coding--multi').first().hover();
    await page.getByRole('tooltip').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'document-view-overlap-en.png') });
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    await page.locator('.coding--multi').first().hover();
    await page.screenshot({ path: join(SCREENSHOTS, 'document-view-overlap-id.png') });
    expect(await pseudoStyle('.page-marker', '::before', 'content')).toMatch(/hlm\./u);
  });
});
