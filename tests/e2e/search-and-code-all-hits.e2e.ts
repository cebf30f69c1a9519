import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { PROJECT_ROOT, serveApp, type TestServer } from '../helpers/serve';

const SCREENSHOTS = join(PROJECT_ROOT, 'screenshots');
const FIRST = 'Kota nelayan';
const SECOND = 'Pasar ikan';

let server: TestServer;
let browser: TestBrowser;
let page: Page;
let dir: string;
let codeId: string;

interface Segment {
  documentId: string;
  quote: string;
  prefix: string;
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await server.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function writeFixtures(): Promise<string[]> {
  const first = join(dir, 'kota.md');
  const second = join(dir, 'pasar.txt');
  await writeFile(
    first,
    `# ${FIRST}\n\nKapal nelayan berlabuh di PELABUHAN lama setiap pagi.\n\n` +
      'Warga menyebut pelabuhan itu jantung kota.\n',
    'utf8',
  );
  await writeFile(
    second,
    `${SECOND}\n\nPedagang membawa ikan dari pelabuhan ke pasar sebelum subuh.\n`,
    'utf8',
  );
  return [first, second];
}

async function search(word: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: /Search all documents|Cari di semua dokumen/ });
  await box.fill(word);
  await box.press('Enter');
  await page.getByRole('listbox', { name: /Search results|Hasil pencarian/ }).waitFor();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telaah-search-'));
  server = await serveApp();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.create', { file: join(dir, 'search.telaah'), coder: 'Ayu' });
  await call('documents.import', { paths: await writeFixtures() });
  codeId = (await call<{ id: string }>('codes.create', { name: 'harbour' })).id;
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('search and code all hits', () => {
  it('finds a word in any case across two documents, grouped by document', async () => {
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Search' }).click();
    await search('pelabuhan');
    await page.getByText('3 hits in 2 documents').waitFor();
    const groups = page.getByRole('listbox', { name: 'Search results' }).getByRole('group');
    expect(await groups.count()).toBe(2);
    expect(await groups.nth(0).getByRole('option').count()).toBe(2);
    expect(await groups.nth(0).locator('strong').first().textContent()).toBe('PELABUHAN');
    await page.screenshot({ path: join(SCREENSHOTS, 'search-results-en.png') });
  });

  it('codes only the hits left ticked in the preview, in one step', async () => {
    await page.getByRole('combobox', { name: 'Code all hits with' }).selectOption({
      label: 'harbour',
    });
    await page.getByRole('button', { name: 'Code all hits…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code 3 hits with “harbour”' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: `Include hit 2 in ${FIRST}` }).uncheck();
    await dialog.getByText('2 of 3 selected').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'search-code-all-preview-en.png') });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByText('2 hits coded with “harbour”.').waitFor();
    const segments = await call<Segment[]>('segments.list', { codeId });
    expect(segments.map((s) => s.quote)).toEqual(['PELABUHAN', 'pelabuhan']);
    expect(segments[1]?.prefix).toContain('ikan dari');
  });

  it('opens the document of a clicked hit', async () => {
    const groups = page.getByRole('listbox', { name: 'Search results' }).getByRole('group');
    await groups.nth(1).getByRole('option').first().click();
    await page.locator('.reader-title').filter({ hasText: SECOND }).waitFor();
    expect(await page.locator('.reader-title').textContent()).toBe(SECOND);
  });

  it('shows results and the preview in Bahasa Indonesia', async () => {
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await search('pelabuhan');
    await page.getByText('3 hasil dalam 2 dokumen').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'search-results-id.png') });
    await page.getByRole('button', { name: 'Kodekan semua hasil…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kodekan 3 hasil dengan “harbour”' });
    await dialog.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'search-code-all-preview-id.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'English' }).click();
  });
});
