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
  await createProjectThroughWelcome(page, join(app.dir, 'attributes.telaah'));
  await importFiles(page, [await samplePdf(), await sampleDocx()]);
});

afterAll(async () => {
  await app.close();
});

const grid = () => page.getByRole('grid', { name: 'Document attributes' });
const yearCell = () =>
  grid()
    .getByRole('row', { name: /Sister Cities/ })
    .getByRole('gridcell')
    .nth(1);

async function editCell(value: string): Promise<void> {
  await yearCell().click();
  await page.keyboard.press('Enter');
  const editor = yearCell().getByRole('textbox');
  await editor.fill(value);
  await editor.press('Enter');
}

describe('editing attributes', () => {
  it('adds a number variable as a new column', async () => {
    await page.getByRole('button', { name: 'Attributes', exact: true }).click();
    await page.getByLabel('New variable').fill('year');
    await page.getByRole('combobox', { name: 'Type' }).selectOption('number');
    await page.getByRole('button', { name: 'Add variable' }).click();
    await grid().getByRole('columnheader', { name: /year/ }).waitFor();
  });

  it('saves a value typed into a cell', async () => {
    await editCell('2019');
    await expect.poll(() => yearCell().textContent()).toBe('2019');
    expect(await yearCell().getByRole('textbox').count()).toBe(0);
  });

  it('shows the API error on the cell when the value is not a number', async () => {
    await editCell('soon');
    const alert = yearCell().getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('“soon” is not a number');
    expect(await yearCell().getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, 'attributes-error-en.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => yearCell().textContent()).toBe('2019');
    expect(await yearCell().getAttribute('aria-invalid')).toBeNull();
  });

  it('moves between cells with the arrow keys and starts editing by typing', async () => {
    await yearCell().click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('2021');
    await page.keyboard.press('Enter');
    const other = grid()
      .getByRole('row', { name: /Kebun Bambu/ })
      .getByRole('gridcell')
      .nth(1);
    await expect.poll(() => other.textContent()).toBe('2021');
  });

  it('keeps the values after a reload', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Attributes', exact: true }).click();
    await expect.poll(() => yearCell().textContent()).toBe('2019');
    await page.screenshot({ path: join(SCREENSHOTS, 'attributes-grid-en.png') });
  });
});
