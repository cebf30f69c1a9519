import { mkdir } from 'node:fs/promises';
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

interface Coefficient {
  value: number | null;
  reason?: string;
}

interface CodeRow {
  codeId: string;
  codePath: string;
  units: number;
  agreedUnits: number;
  binaryAlpha: Coefficient;
}

interface FamilyResult {
  codes: CodeRow[];
  domains: { domain: string; codeIds: string[]; binaryAlpha: Coefficient; cuAlpha: Coefficient }[];
  overall: { binaryAlpha: Coefficient; cuAlphaAcrossDomains: Coefficient };
}

/** A coefficient as the table shows it: three decimals in the language's format, or n/a. */
const shown = (c: Coefficient, locale = 'en', na = 'n/a') =>
  c.value === null ? na : new Intl.NumberFormat(locale).format(Math.round(c.value * 1000) / 1000);

beforeAll(async () => {
  app = await startE2eApp();
  page = app.page;
  await mkdir(SCREENSHOTS, { recursive: true });
  // The sample project has codings by two coders, Ayu and Dewi.
  await call('project.createSample', { file: join(app.dir, 'sample.telaah'), coder: 'Ayu' });
  await page.reload();
  await page.setViewportSize({ width: 1440, height: 1000 });
});

afterAll(async () => {
  await app.close();
});

const table = () => page.getByRole('table', { name: 'Agreement per code' });

describe('agreement', () => {
  let disputed: CodeRow;

  it('computes agreement per code between the two coders', async () => {
    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await page.getByRole('combobox', { name: 'Unit' }).selectOption('sentence');
    await page.getByRole('button', { name: 'Compute' }).click();
    await page.getByText(/unit: Sentence/u).waitFor();
    const coders = await call<{ id: string }[]>('coders.list', {});
    const expected = await call<{ codes: CodeRow[] }>('agreement.compute', {
      coderIds: coders.map((c) => c.id),
      unit: 'sentence',
    });
    const rows = table().locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(expected.codes.length);
    const found = expected.codes.find((c) => c.units > c.agreedUnits);
    if (found === undefined) throw new Error('the sample has no disagreement');
    disputed = found;
    await page.screenshot({ path: join(SCREENSHOTS, 'agreement-table-en.png') });
    const row = rows.filter({ hasText: disputed.codePath });
    expect(await row.locator('td').first().textContent()).toBe(String(disputed.units));
    expect(await row.locator('td').last().textContent()).toBe(
      String(disputed.units - disputed.agreedUnits),
    );
  });

  it('shows |uα per code and the uα family per semantic domain', async () => {
    await page.getByRole('combobox', { name: 'Unit' }).selectOption('character');
    await page.getByRole('button', { name: 'Compute' }).click();
    await page.getByText(/unit: Character/u).waitFor();
    const coders = await call<{ id: string }[]>('coders.list', {});
    const expected = await call<FamilyResult>('agreement.compute', {
      coderIds: coders.map((c) => c.id),
      unit: 'character',
    });
    const header = table().locator('thead th');
    const columns = await header.allTextContents();
    const binaryColumn = columns.indexOf('|uα');
    expect(binaryColumn).toBeGreaterThan(0);
    for (const code of expected.codes) {
      const cells = table().locator('tbody tr').filter({ hasText: code.codePath }).locator('td');
      // Column 0 is the row header (th); td indexes are one less.
      expect(await cells.nth(binaryColumn - 1).textContent()).toBe(shown(code.binaryAlpha));
    }
    const footer = table().locator('tfoot td');
    expect(await footer.nth(binaryColumn - 1).textContent()).toBe(
      shown(expected.overall.binaryAlpha),
    );

    // The sample's codebook is flat: its top-level codes are one domain.
    expect(expected.domains).toHaveLength(1);
    const [top] = expected.domains;
    if (top === undefined) throw new Error('no domain');
    const domains = page.getByRole('table', { name: 'Agreement per semantic domain' });
    const row = domains.getByRole('row', { name: /Top-level codes/u });
    expect(await row.locator('td').allTextContents()).toEqual([
      String(top.codeIds.length),
      shown(top.binaryAlpha),
      shown(top.cuAlpha),
    ]);
    // One domain: which domain the text belongs to cannot vary, so Cuα is not computable.
    expect(expected.overall.cuAlphaAcrossDomains).toEqual({ value: null, reason: 'no_variation' });
    expect(await domains.locator('tfoot td').textContent()).toBe('n/a');
    await page.getByText('What these coefficients measure').click();
    await page.getByText(/Do coders agree on which text is relevant/u).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'agreement-table-character-en.png') });
    await page
      .locator('.agreement-domains')
      .screenshot({ path: join(SCREENSHOTS, 'agreement-family-en.png') });
    await page.getByRole('combobox', { name: 'Unit' }).selectOption('sentence');
    await page.getByRole('button', { name: 'Compute' }).click();
    await page.getByText(/unit: Sentence/u).waitFor();
  });

  it('opens a disagreement with both coders’ segments side by side', async () => {
    await page.getByRole('button', { name: `Show disagreements on ${disputed.codePath}` }).click();
    const drill = page.getByRole('region', { name: `Disagreements on ${disputed.codePath}` });
    await drill.waitFor();
    const passage = drill.getByRole('listitem').first();
    await passage.waitFor();
    expect(await passage.textContent()).toContain('Ayu');
    expect(await passage.textContent()).toContain('Dewi');
    expect(await drill.locator('blockquote').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'agreement-drill-en.png') });
  });

  it('edits the code’s definition from the drill-down', async () => {
    const drill = page.getByRole('region', { name: `Disagreements on ${disputed.codePath}` });
    await drill.getByRole('button', { name: 'Edit code definition' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit “${disputed.codePath}”` });
    await dialog.getByRole('textbox', { name: 'Definition' }).fill('Only explicit statements.');
    await dialog.getByRole('textbox', { name: 'When not to use' }).fill('Mere mentions.');
    await page.screenshot({ path: join(SCREENSHOTS, 'agreement-edit-en.png') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await drill.getByText('Only explicit statements.').waitFor();
    const code = await call<{ definition: string; exclusion: string }>('codes.get', {
      id: disputed.codeId,
    });
    expect(code).toMatchObject({
      definition: 'Only explicit statements.',
      exclusion: 'Mere mentions.',
    });
    await call('history.undo', {});
    const undone = await call<{ definition: string }>('codes.get', { id: disputed.codeId });
    expect(undone.definition).not.toBe('Only explicit statements.');
  });

  it('shows the view in Bahasa Indonesia', async () => {
    await page.evaluate(`localStorage.setItem('telaah.language', 'id')`);
    await page.reload();
    await page.getByRole('button', { name: 'Kesepakatan', exact: true }).click();
    await page.getByRole('table', { name: 'Kesepakatan per kode' }).waitFor();
    await page
      .getByRole('button', { name: `Tampilkan ketidaksepakatan pada ${disputed.codePath}` })
      .click();
    await page
      .getByRole('region', { name: `Ketidaksepakatan pada ${disputed.codePath}` })
      .getByRole('listitem')
      .first()
      .waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'agreement-drill-id.png') });
    const domains = page.getByRole('table', { name: 'Kesepakatan per ranah semantik' });
    await domains.getByRole('row', { name: /Kode tingkat teratas/u }).waitFor();
    expect(await domains.locator('tfoot td').textContent()).toBe('t/a');
    await page.getByText('Apa yang diukur koefisien ini').click();
    await page.screenshot({ path: join(SCREENSHOTS, 'agreement-table-character-id.png') });
    await page
      .locator('.agreement-domains')
      .screenshot({ path: join(SCREENSHOTS, 'agreement-family-id.png') });
    await page.evaluate(`localStorage.setItem('telaah.language', 'en')`);
  });
});
