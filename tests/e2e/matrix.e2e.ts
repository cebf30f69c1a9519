import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSheets } from '../../core/exchange/office/read-xlsx';
import { SCREENSHOTS, importFiles, startE2eApp, type E2eApp } from '../helpers/e2e-project';
import { makePdf } from '../helpers/make-pdf';

const PDF_QUOTE = 'Pemerintah kota menyebut kerja sama ini bagian dari jati dirinya.';

let app: E2eApp;
const caseIds = new Map<string, string>();

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  app = await startE2eApp();
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.createSample', { file: join(app.dir, 'matrix.telaah'), coder: 'Ayu' });
  await app.page.reload();
  await app.page.getByTestId('current-coder').waitFor();
  // A paged paper imported through the UI, so a drill-down can cite its page.
  const pdf = await makePdf(
    [
      { columns: [[{ text: 'Laporan kunjungan kota kembar.' }]], pageNumber: 1 },
      { columns: [[{ text: PDF_QUOTE }]], pageNumber: 2 },
    ],
    'Laporan Surabaya',
  );
  await importFiles(app.page, [
    { name: 'laporan-surabaya.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) },
  ]);
  const docs = await call<{ id: string; title: string }[]>('documents.list', {});
  const report = docs.find((d) => d.title === 'Laporan Surabaya');
  if (report === undefined) throw new Error('the PDF was not imported');
  const text = (await call<{ text: string }>('documents.get', { id: report.id })).text;
  const codes = await call<{ id: string; name: string }[]>('codes.list', {});
  const start = text.indexOf(PDF_QUOTE);
  await call('segments.code', {
    documentId: report.id,
    start,
    end: start + PDF_QUOTE.length,
    codeIds: [codes.find((c) => c.name === 'identity')?.id],
  });
  // Attributes: an outcome for each case (the order of the meta-matrix); the paper joins a case.
  const outcome = await call<{ id: string }>('variables.define', {
    name: 'outcome',
    type: 'number',
    scope: 'case',
  });
  const cases = await call<{ id: string; name: string }[]>('cases.list', {});
  for (const c of cases) caseIds.set(c.name, c.id);
  const scores: Record<string, string> = {
    'Surabaya–Kitakyushu': '3',
    'Bandung–Braunschweig': '1',
    'Indonesia (several)': '2',
  };
  for (const c of cases) {
    await call('cases.setValue', { caseId: c.id, variableId: outcome.id, value: scores[c.name] });
  }
  await call('cases.assign', { caseId: caseIds.get('Surabaya–Kitakyushu'), documentId: report.id });
  await app.page.reload();
  await app.page.getByTestId('current-coder').waitFor();
});

afterAll(async () => {
  await app.close();
});

describe('a case-ordered meta-matrix', () => {
  it('opens pre-arranged from the template: cases ordered by outcome, codes as columns', async () => {
    const page = app.page;
    await page.getByRole('button', { name: /^Matrix$/ }).click();
    await page.getByRole('button', { name: 'New matrix' }).click();
    const dialog = page.getByRole('dialog', { name: 'New matrix' });
    await dialog.getByLabel('Start from').selectOption('case-ordered');
    await dialog.getByLabel('Order or group by attribute').selectOption({ label: 'outcome' });
    await dialog.getByLabel('Name').fill('Outcomes by case');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const grid = page.getByRole('grid', { name: 'Matrix Outcomes by case' });
    await grid.waitFor();
    const rowHeads = grid.getByRole('rowheader');
    await expect
      .poll(() => rowHeads.allTextContents())
      .toEqual(['Surabaya–Kitakyushu', 'Indonesia (several)', 'Bandung–Braunschweig']);
    const columnHeads = await grid.getByRole('columnheader').allTextContents();
    expect(columnHeads).toEqual(['Rows', 'identity', 'norm', 'culture', 'obstacle']);
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-case-ordered-en.png') });
  });

  it('saves an entry written from the keyboard, and keeps it after a reload', async () => {
    const page = app.page;
    const grid = page.getByRole('grid', { name: 'Matrix Outcomes by case' });
    await grid.getByRole('gridcell').first().click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Entry for Surabaya–Kitakyushu × identity/ });
    await dialog.getByLabel('Text').fill('Cooperation told as civic pride');
    await dialog.getByRole('group', { name: 'Symbol' }).getByRole('button', { name: '++' }).click();
    await dialog.getByRole('group', { name: 'Rating' }).getByRole('button', { name: '3' }).click();
    await dialog.getByRole('checkbox', { name: new RegExp(PDF_QUOTE.slice(0, 30)) }).check();
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-entry-en.png') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    const first = grid.getByRole('gridcell').first();
    await expect.poll(() => first.textContent()).toContain('Cooperation told as civic pride');
    await page.reload();
    await page.getByRole('button', { name: /^Matrix$/ }).click();
    const again = page.getByRole('grid', { name: 'Matrix Outcomes by case' }).getByRole('gridcell');
    await expect
      .poll(() => again.first().textContent())
      .toContain('Cooperation told as civic pride');
    expect(await again.first().textContent()).toContain('++');
    expect(await again.first().textContent()).toContain('1 linked');
  });

  it('drills down into a cell and shows the excerpt in its document', async () => {
    const page = app.page;
    const grid = page.getByRole('grid', { name: 'Matrix Outcomes by case' });
    await grid.getByRole('gridcell').first().click();
    const drill = page.getByRole('region', { name: /^Excerpts in Surabaya–Kitakyushu × identity/ });
    const excerpt = drill.getByRole('listitem').filter({ hasText: PDF_QUOTE });
    await excerpt.waitFor();
    expect(await excerpt.textContent()).toContain('Laporan Surabaya, p. 2');
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-drill-en.png') });
    await drill.screenshot({ path: join(SCREENSHOTS, 'matrix-drill-panel-en.png') });
    await excerpt.getByRole('button', { name: 'Show in document' }).click();
    await page.locator('.reader-title').filter({ hasText: 'Laporan Surabaya' }).waitFor();
    await page.locator('.coding-flash').first().waitFor();
    expect(await page.locator('.coding-flash').first().textContent()).toContain('Pemerintah kota');
  });

  it('exports the matrix as CSV and XLSX with the entry in its cell', async () => {
    const page = app.page;
    await page.getByRole('button', { name: /^Matrix$/ }).click();
    const exportGroup = page.getByRole('group', { name: 'Export' });
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'CSV' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('Outcomes by case.csv');
    const csv = await readFile(await csvDownload.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Case,identity,norm,culture,obstacle');
    expect(lines[1]).toBe('Surabaya–Kitakyushu,++ 3 Cooperation told as civic pride,,,');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      'Surabaya–Kitakyushu',
      'Indonesia (several)',
      'Bandung–Braunschweig',
    ]);
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'XLSX' }).click(),
    ]);
    const [sheet] = readXlsxSheets(await readFile(await xlsxDownload.path()));
    expect(sheet?.rows[1]?.[1]).toBe('++ 3 Cooperation told as civic pride');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'PNG' }).click(),
    ]);
    const png = await readFile(await pngDownload.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('re-arranges the matrix: counts, ordered by a column, split into high/medium/low', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Show arrangement' }).click();
    const builder = page.getByRole('group', { name: 'Arrangement' });
    await builder.getByLabel('Cells show').selectOption('codings');
    await builder.getByLabel('Order rows by').selectOption({ label: 'Cells of “norm”' });
    await builder.getByLabel('High / medium / low').selectOption({ label: 'Thirds by “norm”' });
    const grid = page.getByRole('grid', { name: 'Matrix Outcomes by case' });
    await grid.locator('.matrix-band-tag').first().waitFor();
    const { data } = await call<{
      data: { rows: { label: string; band: string }[]; cells: { codings: number }[][] };
    }>('displays.getMatrix', {
      id: (await call<{ id: string }[]>('displays.list', { kind: 'matrix' }))[0]?.id,
    });
    const heads = await grid.getByRole('rowheader').allTextContents();
    expect(heads).toEqual(
      data.rows.map((r) => `${r.band[0]?.toUpperCase()}${r.band.slice(1)}${r.label}`),
    );
    // The entry written before still sits in its cell after re-ordering.
    const surabaya = data.rows.findIndex((r) => r.label === 'Surabaya–Kitakyushu');
    const cell = grid
      .getByRole('row')
      .nth(surabaya + 1)
      .getByRole('gridcell')
      .first();
    expect(await cell.textContent()).toContain('Cooperation told as civic pride');
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-builder-en.png') });
  });

  it('shows the matrix in Bahasa Indonesia', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    const grid = page.getByRole('grid', { name: 'Matriks Outcomes by case' });
    await grid.waitFor();
    await grid.getByRole('gridcell').first().click();
    await page.getByRole('region', { name: /^Kutipan di / }).waitFor();
    await page.screenshot({
      path: join(SCREENSHOTS, 'matrix-case-ordered-id.png'),
      fullPage: true,
    });
    await grid.getByRole('gridcell').first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: /^Isian untuk/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-entry-id.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'Susunan' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'matrix-builder-id.png') });
  });
});
