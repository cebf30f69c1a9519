import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/exchange/codebook/codebook-csv';
import { readXlsxSheets } from '../../core/exchange/office/read-xlsx';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';

let app: E2eApp;
let page: Page;

interface SummaryItem {
  id: string;
  scope: string;
  title: string;
  bodyText: string;
  fields: Record<string, string>;
}

interface Claim {
  id: string;
  claim: string;
  negative: { segmentId: string; quote: string }[];
  dismissed: { segmentId: string; quote: string }[];
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const viewSwitch = () => page.getByRole('navigation', { name: /^(Main view|Tampilan utama)$/u });
const openView = async (name: RegExp): Promise<void> => {
  await viewSwitch().getByRole('button', { name }).click();
};
const summaries = (): Promise<SummaryItem[]> => call<SummaryItem[]>('summaries.list', {});
const claims = (): Promise<Claim[]> => call<Claim[]>('conclusions.list', {});

beforeAll(async () => {
  app = await startE2eApp();
  page = app.page;
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.createSample', { file: join(app.dir, 'sample.telaah'), coder: 'Ayu' });
  for (const claim of [
    'Alpha: partners cite shared identity',
    'Beta: norms travel',
    'Gamma: obstacles are budgets',
  ]) {
    await call('conclusions.create', { claim });
  }
  await page.setViewportSize({ width: 1600, height: 1100 });
  await page.reload();
  await page.getByTestId('current-coder').waitFor();
});

afterAll(async () => {
  await app.close();
});

describe('summaries keep what is typed', () => {
  it('saves a code summary typed and left at once by switching view', async () => {
    await openView(/^Retrieval$/u);
    await page.getByRole('button', { name: 'Run query' }).click();
    await page.getByRole('list', { name: 'Results' }).waitFor();
    await page.getByRole('button', { name: 'New summary', exact: true }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    const titleId = await title.getAttribute('id');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(titleId);
    await title.pressSequentially('Identity in brief');
    const body = page.getByRole('textbox', { name: 'Summary', exact: true });
    await body.click();
    await page.keyboard.type('Cities describe themselves as open.');
    // Switch view before the typing pause ends: the pending text is saved on the way out.
    await openView(/^Document$/u);
    await expect
      .poll(async () => (await summaries()).map((s) => [s.title, s.bodyText]))
      .toEqual([['Identity in brief', 'Cities describe themselves as open.']]);

    await openView(/^Retrieval$/u);
    await page.getByRole('button', { name: /^Identity in brief · 0 excerpts$/u }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Summary', exact: true }).textContent())
      .toBe('Cities describe themselves as open.');
    await page.getByRole('textbox', { name: 'Summary', exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Budgets hold them back.');
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/u })
      .waitFor();
    expect((await summaries())[0]?.bodyText).toBe(
      'Cities describe themselves as open. Budgets hold them back.',
    );
    await page.locator('.retrieval-summaries').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-summary-en.png') });
  });

  it('follows an undo in the open summary', async () => {
    const before = (await summaries())[0]?.bodyText;
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await summaries())[0]?.bodyText).not.toBe(before);
    const now = (await summaries())[0]?.bodyText ?? '';
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Summary', exact: true }).textContent())
      .toBe(now);
  });

  it('saves the document summary form when the field is left by switching view', async () => {
    await page
      .getByRole('group', { name: 'Summarise' })
      .getByRole('button', { name: 'Document' })
      .click();
    await page.getByRole('button', { name: 'New summary', exact: true }).click();
    const themes = page.getByRole('textbox', { name: 'Main themes or issues in this document' });
    await themes.fill('Trust between mayors; student exchanges.');
    await openView(/^Conclusions$/u);
    await expect
      .poll(async () => (await summaries()).find((s) => s.scope === 'document')?.fields)
      .toEqual({ mainThemes: 'Trust between mayors; student exchanges.' });
  });
});

describe('the conclusion ledger', () => {
  const ledger = () => page.getByRole('list', { name: 'Conclusion ledger' });
  const claimButton = (text: string) => page.locator('.cn-ledger-item').filter({ hasText: text });
  const order = async (): Promise<string[]> => (await claims()).map((c) => c.claim.slice(0, 5));

  it('reorders claims by keyboard and with the arrow buttons, focus staying on the claim', async () => {
    await page.getByRole('heading', { name: 'Conclusions' }).waitFor();
    const alpha = claimButton('Alpha: partners');
    await alpha.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(order).toEqual(['Beta:', 'Alpha', 'Gamma']);
    const alphaId = await alpha.getAttribute('data-claim-id');
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("data-claim-id")'))
      .toBe(alphaId);
    await page.getByRole('status').filter({ hasText: 'Moved to place 2 of 3.' }).waitFor();
    await ledger().getByRole('button', { name: 'Move up: Gamma: obstacles are budgets' }).click();
    await expect.poll(order).toEqual(['Beta:', 'Gamma', 'Alpha']);
    const items = ledger().locator('.cn-ledger-claim');
    await expect
      .poll(() => items.allTextContents())
      .toEqual([
        'Beta: norms travel',
        'Gamma: obstacles are budgets',
        'Alpha: partners cite shared identity',
      ]);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(order).toEqual(['Beta:', 'Alpha', 'Gamma']);
  });

  it('reorders a claim by dragging it onto another', async () => {
    const gamma = ledger().getByRole('listitem').filter({ hasText: 'Gamma: obstacles' });
    const beta = ledger().getByRole('listitem').filter({ hasText: 'Beta: norms' });
    await gamma.dragTo(beta);
    await expect.poll(order).toEqual(['Gamma', 'Beta:', 'Alpha']);
  });

  it('restores a dismissed proposal and moves another to negative evidence', async () => {
    const [first] = await call<{ segmentId: string }[]>('conclusions.findExcerpts', {
      codeId: (await call<{ id: string; name: string }[]>('codes.list', {})).find(
        (c) => c.name === 'identity',
      )?.id,
    });
    const alphaId = (await claims()).find((c) => c.claim.startsWith('Alpha'))?.id ?? '';
    await call('conclusions.setEvidence', {
      conclusionId: alphaId,
      segmentIds: [first?.segmentId],
      role: 'supporting',
    });
    await claimButton('Alpha: partners').click();
    await page.getByRole('button', { name: 'Look for negative evidence' }).click();
    const proposals = page.getByRole('list', { name: 'Proposed negative evidence' });
    await expect.poll(() => proposals.getByRole('listitem').count()).toBeGreaterThan(1);
    // Coded proposals only: dismissing a passage not coded yet just hides it.
    const coded = proposals.getByRole('listitem').filter({ hasNotText: 'not coded yet' });
    await expect.poll(() => coded.count()).toBeGreaterThan(1);
    const quoteOf = async (n: number): Promise<string> =>
      (await coded.nth(n).locator('blockquote').textContent()) ?? '';
    const firstQuote = await quoteOf(0);
    await coded.first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => quoteOf(0)).not.toBe(firstQuote);
    const secondQuote = await quoteOf(0);
    await coded.first().getByRole('button', { name: 'Dismiss' }).click();
    await expect
      .poll(async () => (await claims()).find((c) => c.id === alphaId)?.dismissed.length)
      .toBe(2);

    const disclosure = page.locator('.cn-dismissed > summary');
    await expect.poll(() => disclosure.textContent()).toBe('Dismissed (2)');
    await disclosure.focus();
    await page.keyboard.press('Enter');
    const dismissed = page.getByRole('list', { name: 'Dismissed proposals' });
    await dismissed.waitFor();
    await page.locator('.cn-dismissed').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-dismissed-en.png') });

    await dismissed
      .getByRole('listitem')
      .filter({ hasText: firstQuote })
      .getByRole('button', { name: 'Restore' })
      .click();
    await expect
      .poll(async () =>
        (await claims()).find((c) => c.id === alphaId)?.dismissed.map((d) => d.quote),
      )
      .toEqual([secondQuote]);
    // Restored, it is proposed again.
    await expect
      .poll(async () => proposals.locator('blockquote').allTextContents())
      .toContain(firstQuote);

    await dismissed.getByRole('button', { name: 'Move to negative evidence' }).click();
    await expect
      .poll(async () => {
        const alpha = (await claims()).find((c) => c.id === alphaId);
        return [alpha?.dismissed.length, alpha?.negative.map((e) => e.quote)];
      })
      .toEqual([0, [secondQuote]]);
    await expect.poll(() => page.locator('.cn-dismissed').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-ledger-en.png') });
  });

  it('shows the ledger, the dismissed list and a summary in Bahasa Indonesia', async () => {
    const alphaId = (await claims()).find((c) => c.claim.startsWith('Alpha'))?.id ?? '';
    const [proposal] = (
      await call<{ proposals: { key: string; excerpt: unknown }[] }>(
        'conclusions.proposeNegative',
        {
          conclusionId: alphaId,
          terms: [],
        },
      )
    ).proposals.filter((p) => p.excerpt !== null);
    await call('conclusions.setEvidence', {
      conclusionId: alphaId,
      segmentIds: [proposal?.key],
      role: 'dismissed',
    });
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Kesimpulan' }).waitFor();
    await page.reload();
    await openView(/^Kesimpulan$/u);
    await page.getByRole('list', { name: 'Daftar kesimpulan' }).waitFor();
    await claimButton('Alpha: partners').click();
    await page.locator('.cn-dismissed > summary').click();
    await page.getByRole('button', { name: 'Pulihkan' }).first().waitFor();
    await page
      .getByRole('button', { name: 'Naikkan: Alpha: partners cite shared identity' })
      .waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-ledger-id.png') });
    await page.locator('.cn-dismissed').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-dismissed-id.png') });

    await openView(/^Penelusuran$/u);
    await page
      .getByRole('group', { name: 'Ringkas' })
      .getByRole('button', { name: 'Dokumen' })
      .click();
    await page
      .getByRole('button', { name: /· 0 kutipan$/u })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Tema atau isu utama dalam dokumen ini' }).waitFor();
    await page.locator('.retrieval-summaries').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-summary-id.png') });
  });

  it('exports a banded matrix with Indonesian band labels while the UI is in Indonesian', async () => {
    const codes = await call<{ id: string; name: string }[]>('codes.list', {});
    const identity = codes.find((c) => c.name === 'identity')?.id ?? '';
    await call('displays.createMatrix', {
      name: 'Pita identitas',
      template: null,
      config: {
        rows: { source: 'documents' },
        columns: codes.slice(0, 2).map((c) => ({ kind: 'code', codeId: c.id })),
        partition: { method: 'tertiles', columnKey: `code:${identity}` },
      },
    });
    await openView(/^Matriks$/u);
    const exportGroup = page.getByRole('group', { name: 'Ekspor' });
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const rows = parseCsv(
      (await readFile(await csvDownload.path(), 'utf8')).replace(/^\uFEFF/u, ''),
      'matrix.csv',
    ).filter((r) => r.length > 1);
    expect(rows[0]?.slice(0, 2)).toEqual(['Dokumen', 'Tingkat']);
    const bands = rows.slice(1).map((r) => r[1]);
    expect(bands.length).toBe(3);
    expect(bands.every((b) => ['Tinggi', 'Sedang', 'Rendah'].includes(b ?? ''))).toBe(true);
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      exportGroup.getByRole('button', { name: 'XLSX' }).click(),
    ]);
    const [sheet] = readXlsxSheets(await readFile(await xlsxDownload.path()));
    expect(sheet?.rows.slice(1).map((r) => r[1])).toEqual(bands);
    await page.getByRole('button', { name: 'English' }).click();
    const [english] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV' }).click(),
    ]);
    const enRows = parseCsv(await readFile(await english.path(), 'utf8'), 'matrix.csv');
    expect(enRows[0]?.[1]).toBe('Band');
  });
});
