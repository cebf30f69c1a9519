import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { PROJECT_ROOT, serveApp, type TestServer } from '../helpers/serve';

const SCREENSHOTS = join(PROJECT_ROOT, 'screenshots');
const DOC_TITLE = 'Catatan lapangan Surabaya';

let server: TestServer;
let browser: TestBrowser;
let page: Page;
let dir: string;

interface MemoItem {
  id: string;
  title: string;
  targetType: string;
  targetId: string | null;
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await server.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function openMemosTab(): Promise<void> {
  await page.getByRole('tab', { name: 'Memos' }).click();
  await page.getByRole('button', { name: /New memo/ }).waitFor();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'telaah-memo-'));
  server = await serveApp();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.create', { file: join(dir, 'memo.telaah'), coder: 'Ayu' });
  const file = join(dir, 'catatan.md');
  await writeFile(
    file,
    `# ${DOC_TITLE}\n\nWarga kampung bercerita tentang pasar dan pelabuhan.\n`,
    'utf8',
  );
  await call('documents.import', { paths: [file] });
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('write a memo', () => {
  it('saves a formatted memo on the project as the user types', async () => {
    await page.goto(server.url);
    await openMemosTab();
    await page.getByRole('button', { name: /New memo/ }).click();
    await page.getByRole('menuitem', { name: 'The project' }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.waitFor();
    await title.fill('Early themes');
    await title.press('Enter');
    await page.getByRole('button', { name: /^Heading/ }).click();
    await page.keyboard.type('Trust between cities');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Key point');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(': partners meet yearly.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Bulleted list/ }).click();
    await page.keyboard.type('student exchanges');
    await page.keyboard.press('Enter');
    await page.keyboard.type('shared budgets');
    expect(
      await page.getByRole('button', { name: /^Bulleted list/ }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'memos-editor-en.png') });

    const memos = await call<MemoItem[]>('memos.list', {});
    expect(memos.map((m) => [m.title, m.targetType])).toEqual([['Early themes', 'project']]);
  });

  it('shows the memo with its formatting after a reload', async () => {
    await page.reload();
    await openMemosTab();
    await page.getByRole('button', { name: /Early themes/ }).click();
    const body = page.getByRole('textbox', { name: 'Memo text' });
    await body.locator('h2').waitFor();
    expect(await body.locator('h2').textContent()).toBe('Trust between cities');
    expect(await body.locator('strong').textContent()).toBe('Key point');
    expect(await body.locator('ul > li').allTextContents()).toEqual([
      'student exchanges',
      'shared budgets',
    ]);
  });

  it('lists a memo on a document under that document’s filter', async () => {
    await page.getByRole('option', { name: new RegExp(DOC_TITLE) }).click();
    await page.locator('.reader-title').filter({ hasText: DOC_TITLE }).waitFor();
    await page.getByRole('button', { name: /New memo/ }).click();
    await page.getByRole('menuitem', { name: 'This document' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('About the harbour');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    await page.getByRole('combobox', { name: 'Show' }).selectOption('document');
    const list = page.getByRole('list', { name: 'Memo list' });
    await expect.poll(() => list.getByRole('button').count()).toBe(1);
    await expect.poll(() => list.getByRole('button').textContent()).toContain('About the harbour');
    expect(await list.getByRole('button').textContent()).toContain(`Document: ${DOC_TITLE}`);

    const docs = await call<{ id: string }[]>('documents.list', {});
    const onDoc = await call<MemoItem[]>('memos.list', {
      targetType: 'document',
      targetId: docs[0]?.id,
    });
    expect(onDoc.map((m) => m.title)).toEqual(['About the harbour']);
  });

  it('shows the memo editor in Bahasa Indonesia', async () => {
    await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
    await page.getByRole('button', { name: /Early themes/ }).click();
    await page.getByRole('textbox', { name: 'Memo text' }).locator('h2').waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('button', { name: /Memo baru/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'memos-editor-id.png') });
    expect(await page.getByRole('combobox', { name: 'Tampilkan' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'English' }).click();
  });
});
