import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProjectThroughWelcome,
  importFiles,
  sampleDocx,
  samplePdf,
  SCREENSHOTS,
  startE2eApp,
  type E2eApp,
} from '../helpers/e2e-project';

let app: E2eApp;
let page: Page;

beforeAll(async () => {
  app = await startE2eApp();
  page = app.page;
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await app.close();
});

const options = () => page.getByRole('listbox', { name: 'Documents' }).getByRole('option');

describe('first run and import', () => {
  it('asks for the coder name before creating a project', async () => {
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-welcome-en.png') });
    await page.getByRole('button', { name: 'New project' }).click();
    expect(await page.getByText('Enter your name as coder first.').isVisible()).toBe(true);
    expect(await page.locator('#project-path').count()).toBe(0);
  });

  it('creates a project through the welcome screen and shows the coder', async () => {
    await createProjectThroughWelcome(page, join(app.dir, 'thesis.telaah'), 'Ayu');
    await expect.poll(() => page.getByTestId('current-coder').textContent()).toBe('Coding as Ayu');
    expect(await page.getByText('No documents yet.', { exact: false }).isVisible()).toBe(true);
  });

  it('imports a PDF and a DOCX with one result line each', async () => {
    await importFiles(page, [await samplePdf(), await sampleDocx()]);
    const results = page.getByTestId('import-progress').locator('li');
    expect(await results.count()).toBe(2);
    expect(await results.nth(0).getAttribute('data-status')).toBe('ok');
    expect(await results.nth(1).getAttribute('data-status')).toBe('ok');
    await expect.poll(() => options().count()).toBe(2);
    expect(await options().filter({ hasText: 'Sister Cities' }).textContent()).toContain('2 pages');
    await page.screenshot({ path: join(SCREENSHOTS, 'documents-import-progress-en.png') });
  });

  it('lists a 0-byte PDF as failed with its message and adds no document', async () => {
    await importFiles(page, [
      { name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    ]);
    const line = page.getByTestId('import-progress').locator('li');
    expect(await line.getAttribute('data-status')).toBe('failed');
    expect(await line.textContent()).toContain('is empty (0 bytes)');
    expect(await page.getByText('Import finished: 0 imported, 1 failed.').isVisible()).toBe(true);
    expect(await options().count()).toBe(2);
  });

  it('opens a document from the list with the keyboard and filters the list', async () => {
    await options().first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => options().first().getAttribute('aria-selected')).toBe('true');
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('interview');
    await expect.poll(() => options().count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Filter documents' }).fill('');
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-documents-en.png') });
  });

  it('lists the project under recent projects after closing it', async () => {
    await page.getByRole('button', { name: 'Close project' }).click();
    await page.getByRole('heading', { name: 'Recent projects' }).waitFor();
    expect(await page.getByRole('button', { name: /thesis\.telaah/ }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: /thesis\.telaah/ }).click();
    await expect.poll(() => options().count()).toBe(2);
  });

  it('creates the sample project with papers that are already coded', async () => {
    await page.getByRole('button', { name: 'Close project' }).click();
    await page.getByRole('button', { name: 'Open sample project' }).click();
    await page.locator('#project-path').fill(join(app.dir, 'sample.telaah'));
    await page.getByRole('button', { name: 'Create sample project' }).click();
    await page.getByTestId('current-coder').waitFor();
    await expect.poll(() => options().count()).toBe(3);
    const codings = await options().allTextContents();
    expect(codings.some((text) => /[1-9]\d* codings?/.test(text))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-sample-en.png') });
    await page.getByRole('button', { name: 'Attributes', exact: true }).click();
    await page.getByRole('grid', { name: 'Document attributes' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'attributes-sample-en.png') });
  });
});
