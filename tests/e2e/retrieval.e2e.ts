import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';

let app: E2eApp;
let page: Page;

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

interface CodeItem {
  id: string;
  name: string;
}

beforeAll(async () => {
  app = await startE2eApp();
  page = app.page;
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.createSample', { file: join(app.dir, 'sample.telaah'), coder: 'Ayu' });
  await page.reload();
  await page.setViewportSize({ width: 1600, height: 1000 });
});

afterAll(async () => {
  await app.close();
});

/** The query and results at the top of the view, then the summary below them. */
async function shoot(language: string): Promise<void> {
  await page
    .getByRole('heading', { name: /^(Retrieval|Penelusuran)$/u, level: 2 })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, `retrieval-${language}.png`) });
  await page.locator('.retrieval-summaries').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, `retrieval-summary-${language}.png`) });
}

const query = () => page.getByRole('group', { name: 'Query' });
const results = () => page.getByRole('list', { name: 'Results' });

describe('retrieval', () => {
  it('runs a boolean code query and shows each excerpt in context', async () => {
    await page.getByRole('button', { name: 'Retrieval', exact: true }).click();
    const codes = await call<CodeItem[]>('codes.list', {});
    const id = (name: string): string => codes.find((c) => c.name === name)?.id ?? name;
    await query().getByRole('combobox', { name: 'Code' }).first().selectOption(id('identity'));
    await page.getByRole('button', { name: '+ Add condition' }).click();
    const condition = page.getByRole('group', { name: 'Condition 1' });
    await condition.getByRole('combobox', { name: 'Operator' }).selectOption('or');
    await condition.getByRole('combobox', { name: 'Code' }).selectOption(id('obstacle'));
    await page.getByRole('button', { name: 'Run query' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /7 results from 7 segments/ })
      .waitFor();
    expect(await results().getByRole('listitem').count()).toBe(7);
    const first = results().getByRole('listitem').first();
    expect(await first.locator('mark').textContent()).not.toBe('');
    expect(await first.textContent()).toMatch(/identity|obstacle/u);
  });

  it('saves the query and lists it', async () => {
    await page.getByRole('textbox', { name: 'Name of the query' }).fill('Identitas atau hambatan');
    await page.getByRole('button', { name: 'Save as new' }).click();
    await page.getByText('Open: Identitas atau hambatan').waitFor();
    const saved = await call<{ name: string; definition: { root: { op: string } } }[]>(
      'queries.list',
      {},
    );
    expect(saved.map((q) => [q.name, q.definition.root.op])).toEqual([
      ['Identitas atau hambatan', 'or'],
    ]);
  });

  it('exports the result as CSV with every row', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Identitas atau hambatan.csv');
    const csv = await readFile(await file.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('document,page,case,code,coder,quote,start,end,document_id,segment_ids');
    expect(lines).toHaveLength(8);
    expect(csv).toContain('Biaya perjalanan dinas dipangkas setelah pemilihan kepala daerah');
  });

  it('writes a code summary linked to two ticked excerpts', async () => {
    const boxes = results().getByRole('checkbox', { name: /Tick this result/ });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'New summary of 2 ticked excerpts' }).click();
    await page.getByRole('heading', { name: 'Excerpts it rests on (2)' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill('Identitas kota');
    await page
      .getByRole('textbox', { name: 'Summary', exact: true })
      .fill('Kota memandang dirinya terbuka; anggaran menjadi hambatan.');
    await page.getByRole('button', { name: 'Save summary' }).click();
    await page.getByRole('button', { name: /Identitas kota · 2 excerpts/ }).waitFor();
    const summaries = await call<{ title: string; scope: string; excerptCount: number }[]>(
      'summaries.list',
      {},
    );
    expect(summaries.map((s) => [s.title, s.scope, s.excerptCount])).toEqual([
      ['Identitas kota', 'code', 2],
    ]);
    await shoot('en');
  });

  it('jumps from a linked excerpt to its place in the document', async () => {
    const excerpt = page.locator('.retrieval-excerpt-open').first();
    const quote = (await excerpt.locator('.retrieval-excerpt-quote').textContent()) ?? '';
    await excerpt.click();
    await page.locator('.reader-title').waitFor();
    expect(quote.length).toBeGreaterThan(2);
  });

  it('shows the view in Bahasa Indonesia', async () => {
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('button', { name: 'Penelusuran', exact: true }).click();
    await page.getByRole('heading', { name: 'Penelusuran', level: 2 }).waitFor();
    await page.getByText('7 hasil dari 7 segmen dalam 3 dokumen').waitFor();
    await page.getByRole('button', { name: /Identitas kota · 2 kutipan/ }).click();
    await page.getByRole('heading', { name: 'Kutipan yang menjadi dasarnya (2)' }).waitFor();
    await shoot('id');
  });
});
