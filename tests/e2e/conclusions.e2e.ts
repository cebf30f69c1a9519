import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';
import { makePdf } from '../helpers/make-pdf';

const CLAIM = 'Cities present cooperation as part of their own identity';
const PDF_QUOTE = 'Kota ini menyebut dirinya kota pelajar yang ramah tamu.';

let app: E2eApp;
let pdfTitle = '';

interface Detail {
  claim: string;
  supporting: { quote: string; documentTitle: string }[];
  negative: { quote: string }[];
  dismissed: unknown[];
  tactics: { tactic: string; applied: boolean; note: string }[];
  triangulation: { sourceTypes: string[]; cases: string[]; coders: string[] };
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const ledger = async (): Promise<Detail | undefined> =>
  (await call<Detail[]>('conclusions.list', {}))[0];

beforeAll(async () => {
  app = await startE2eApp();
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.createSample', { file: join(app.dir, 'thesis.telaah'), coder: 'Ayu' });
  // A paged source, so the report cites a page.
  const pdfFile = join(app.dir, 'laporan-yogyakarta.pdf');
  await writeFile(
    pdfFile,
    await makePdf(
      [
        { columns: [[{ text: 'Laporan kunjungan kota kembar.' }]], pageNumber: 1 },
        { columns: [[{ text: PDF_QUOTE }]], pageNumber: 2 },
      ],
      'Laporan Yogyakarta',
    ),
  );
  const [outcome] = await call<{ ok: boolean; document: { id: string; title: string } }[]>(
    'documents.import',
    { paths: [pdfFile] },
  );
  pdfTitle = outcome!.document.title;
  const [hit] = await call<{ documentId: string; start: number }[]>('search.text', {
    query: '"kota pelajar"',
  });
  const codes = await call<{ id: string; name: string }[]>('codes.list', {});
  const text = await call<{ text: string }>('documents.get', { id: hit!.documentId });
  const start = text.text.indexOf(PDF_QUOTE);
  await call('segments.code', {
    documentId: hit!.documentId,
    start,
    end: start + PDF_QUOTE.length,
    codeIds: [codes.find((c) => c.name === 'identity')!.id],
  });
  await app.page.setViewportSize({ width: 1600, height: 1300 });
  await app.page.reload();
  await app.page.getByTestId('current-coder').waitFor();
});

afterAll(async () => {
  await app.close();
});

describe('conclusion drawing and verification', () => {
  it('records a claim with supporting excerpts picked by code', async () => {
    const page = app.page;
    await page.getByRole('button', { name: /^Conclusions$/ }).click();
    await page.getByRole('heading', { name: 'Conclusions' }).waitFor();
    await page.getByLabel('New claim').fill(CLAIM);
    await page.getByRole('button', { name: 'Add claim' }).click();
    await page.getByRole('textbox', { name: 'Claim', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add supporting excerpts…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add supporting excerpts' });
    await dialog.getByLabel('Code').selectOption({ label: 'identity' });
    const results = dialog.getByRole('list', { name: 'Excerpts found' });
    const codes = await call<{ id: string; name: string }[]>('codes.list', {});
    const identity = codes.find((c) => c.name === 'identity')?.id;
    const expected = (await call<unknown[]>('conclusions.findExcerpts', { codeId: identity }))
      .length;
    expect(expected).toBeGreaterThan(2);
    await expect.poll(() => results.getByRole('checkbox').count()).toBe(expected);
    const boxes = await results.getByRole('checkbox').all();
    for (const box of boxes) await box.check();
    await page.screenshot({ path: join(SCREENSHOTS, 'conclusions-picker-en.png') });
    await dialog.getByRole('button', { name: `Add ${boxes.length}` }).click();

    await expect.poll(async () => (await ledger())?.supporting.length).toBe(boxes.length);
    const detail = (await ledger())!;
    expect(detail.supporting.map((e) => e.quote)).toContain(PDF_QUOTE);
    expect(detail.triangulation.coders.length).toBeGreaterThanOrEqual(1);
    const tri = page.getByRole('region', { name: 'Triangulation' });
    await tri.getByText(`${detail.triangulation.sourceTypes.length} source types`).waitFor();
    expect(await tri.textContent()).toContain(detail.triangulation.sourceTypes.join(', '));
    // Another document attribute can name the source types; documents without it count as kinds.
    await tri.getByLabel('Source types from').selectOption({ label: 'year' });
    await tri.getByText('4 source types (2021, 2022, 2023, pdf)').waitFor();
    await tri.getByLabel('Source types from').selectOption('');
    await tri.getByText(`(${detail.triangulation.sourceTypes.join(', ')})`).waitFor();
  });

  it('looks for negative evidence, accepts one by keyboard and dismisses another', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Look for negative evidence' }).click();
    const list = page.getByRole('list', { name: 'Proposed negative evidence' });
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(1);
    const before = await list.getByRole('listitem').count();
    const obstacle = list
      .getByRole('listitem')
      .filter({ hasText: 'Obstacle in the claim’s cases' })
      .first();
    const quote = (await obstacle.locator('blockquote').textContent()) ?? '';
    await obstacle.getByRole('button', { name: 'Accept as negative' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await ledger())?.negative.map((e) => e.quote)).toEqual([quote]);
    await expect.poll(() => list.getByRole('listitem').count()).toBe(before - 1);
    // Focus moves to the next proposal, so the list can be worked through by keyboard.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Accept as negative');
    await list.getByRole('listitem').first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(before - 2);
  });

  it('ticks two verification tactics with notes', async () => {
    const page = app.page;
    await page.getByRole('checkbox', { name: 'Triangulating' }).check();
    await page
      .getByLabel('Note on Triangulating')
      .fill('Journal article, interview and a report agree.');
    await page.getByLabel('Note on Triangulating').press('Tab');
    await page.getByRole('checkbox', { name: 'Looking for negative evidence' }).check();
    await page.getByLabel('Note on Looking for negative evidence').fill('Budget cuts weaken it.');
    await page.getByLabel('Note on Looking for negative evidence').press('Tab');
    await page.getByLabel('Status', { exact: true }).selectOption('supported');
    await expect
      .poll(async () =>
        (await ledger())?.tactics.filter((t) => t.applied).map((t) => [t.tactic, t.note]),
      )
      .toEqual([
        ['triangulating', 'Journal article, interview and a report agree.'],
        ['negative-evidence', 'Budget cuts weaken it.'],
      ]);
    await page.getByRole('checkbox', { name: 'Triangulating' }).isChecked();
    expect(await page.getByText('2 of 13 applied').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'conclusions-tactics-en.png') });
    await page.evaluate(`document.querySelector('.cn-view').scrollTop = 0`);
    await page.screenshot({ path: join(SCREENSHOTS, 'conclusions-ledger-en.png') });
  });

  it('exports the report as HTML that opens in Chromium with claim, cited page and tactics', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Export report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the findings report' });
    await dialog.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'conclusions-export-en.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thesis findings-report.html');
    const path = join(app.dir, download.suggestedFilename());
    await download.saveAs(path);
    const report = await app.browser.context.newPage();
    await report.goto(pathToFileURL(path).href);
    expect(await report.getByRole('heading', { level: 1 }).textContent()).toBe('Findings report');
    await report.getByRole('heading', { name: `1. ${CLAIM}` }).waitFor();
    const body = (await report.locator('body').textContent()) ?? '';
    expect(body).toContain(`“${PDF_QUOTE}” (${pdfTitle}, p. 2)`);
    expect(body).toContain('Triangulating: Journal article, interview and a report agree.');
    expect(body).toContain('Looking for negative evidence: Budget cuts weaken it.');
    expect(body).toContain('Negative evidence');
    expect(body).toContain('Codebook');
    await report.screenshot({ path: join(SCREENSHOTS, 'conclusions-report-html.png') });
    await report.evaluate(`document.getElementById('claim-1').scrollIntoView()`);
    await report.screenshot({ path: join(SCREENSHOTS, 'conclusions-report-claim.png') });
    await report.close();
    await dialog.getByRole('status').waitFor();
  });

  it('exports the report as DOCX whose document.xml holds the claim, excerpt and tactic', async () => {
    const page = app.page;
    const dialog = page.getByRole('dialog', { name: 'Export the findings report' });
    await dialog.getByLabel('Word (DOCX)').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thesis findings-report.docx');
    const zip = unzipSync(await readFile(await download.path()));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toContain(CLAIM);
    expect(xml).toContain(PDF_QUOTE);
    expect(xml).toContain(`(${pdfTitle}, p. 2)`);
    expect(xml).toContain('Triangulating');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('shows the ledger in Bahasa Indonesia', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Kesimpulan', exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Triangulasi' }).waitFor();
    await page.getByText('Bukti pendukung').first().waitFor();
    await page.evaluate(`document.querySelector('.cn-view').scrollTop = 0`);
    await page.screenshot({ path: join(SCREENSHOTS, 'conclusions-ledger-id.png') });
    await page.getByRole('button', { name: 'Cari bukti negatif' }).click();
    await page
      .getByRole('list', { name: 'Usulan bukti negatif' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await page.getByRole('region', { name: 'Cari bukti negatif' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'conclusions-negative-id.png') });
    await page.getByRole('button', { name: 'Ekspor laporan…' }).click();
    await page.getByRole('dialog', { name: 'Ekspor laporan temuan' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'conclusions-export-id.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('deletes the claim after confirming and brings it back with undo', async () => {
    const page = app.page;
    const before = await ledger();
    await page.getByRole('button', { name: 'Delete claim' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete claim' });
    await dialog.getByRole('button', { name: 'Delete claim' }).click();
    await page.getByText(/^No claims yet/u).waitFor();
    expect(await ledger()).toBeUndefined();
    await page.getByRole('button', { name: /^Undo/u }).click();
    await page.getByRole('textbox', { name: 'Claim', exact: true }).waitFor();
    expect(await ledger()).toEqual(before);
  });
});
