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

const grid = () => page.getByRole('grid');
const firstRowCell = (index: number) =>
  grid()
    .getByRole('row', { name: /Sister Cities/ })
    .getByRole('gridcell')
    .nth(index);

async function addVariable(name: string, type: string): Promise<void> {
  await page.getByLabel(/New variable|Variabel baru/).fill(name);
  await page.getByRole('combobox').selectOption(type);
  await page.getByRole('button', { name: /Add variable|Tambah variabel/ }).click();
  await grid()
    .getByRole('columnheader', { name: new RegExp(name) })
    .waitFor();
}

async function setCell(index: number, value: string): Promise<void> {
  await firstRowCell(index).click();
  await page.keyboard.press('Enter');
  await firstRowCell(index).locator('input').fill(value);
  await firstRowCell(index).locator('input').press('Enter');
  await expect.poll(() => firstRowCell(index).locator('input').count()).toBe(0);
}

describe('switching the language', () => {
  it('shows the welcome screen in Bahasa Indonesia', async () => {
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Selamat datang' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.getByRole('button', { name: 'Buka proyek contoh' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-welcome-id.png') });
  });

  it('imports in Indonesian, with localized results and page counts', async () => {
    await createProjectThroughWelcome(page, join(app.dir, 'bahasa.telaah'), 'Budi');
    await expect
      .poll(() => page.getByTestId('current-coder').textContent())
      .toBe('Mengode sebagai Budi');
    await importFiles(page, [
      await samplePdf(),
      await sampleDocx(),
      { name: 'kosong.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    ]);
    const progress = page.getByTestId('import-progress');
    expect(await progress.getByText('Impor selesai: 2 berhasil, 1 gagal.').isVisible()).toBe(true);
    expect(await progress.textContent()).toContain('Berkas “kosong.pdf” kosong (0 bita)');
    expect(await page.getByRole('option', { name: /Sister Cities/ }).textContent()).toContain(
      '2 halaman',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'documents-import-progress-id.png') });
  });

  it('shows numbers and dates in the grid the Indonesian way', async () => {
    await page.getByRole('button', { name: 'Atribut', exact: true }).click();
    await addVariable('skor', 'number');
    await addVariable('terbit', 'date');
    await setCell(1, '12,5');
    await setCell(2, '2024-08-17');
    await expect.poll(() => firstRowCell(1).textContent()).toBe('12,5');
    expect(await firstRowCell(2).textContent()).toBe('17 Agu 2024');
    await page.screenshot({ path: join(SCREENSHOTS, 'attributes-grid-id.png') });
  });

  it('keeps Bahasa Indonesia after a reload', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Tutup proyek' }).waitFor();
    await page.getByRole('option', { name: /Sister Cities/ }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-documents-id.png') });
  });

  it('switches back to English, numbers and dates included', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Close project' }).waitFor();
    await page.getByRole('button', { name: 'Attributes', exact: true }).click();
    await expect.poll(() => firstRowCell(1).textContent()).toBe('12.5');
    expect(await firstRowCell(2).textContent()).toBe('17 Aug 2024');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
