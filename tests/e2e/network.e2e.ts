import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';

let app: E2eApp;

interface Display {
  id: string;
  name: string;
  kind: string;
  config: { positions?: Record<string, { x: number; y: number }> };
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function openNetworkView(): Promise<void> {
  await app.page.getByRole('button', { name: /^(Network|Jaringan)$/ }).click();
  await app.page.locator('#network-heading').waitFor();
}

beforeAll(async () => {
  app = await startE2eApp();
  await app.page.setViewportSize({ width: 1440, height: 1000 });
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.createSample', { file: join(app.dir, 'sample.telaah'), coder: 'Ayu' });
  await app.page.reload();
  await app.page.getByTestId('current-coder').waitFor();
});

afterAll(async () => {
  await app.close();
});

describe('data display: co-occurrence, network and charts', () => {
  it('shows the co-occurrence heatmap and the excerpts behind a cell', async () => {
    const { page } = app;
    await openNetworkView();
    const grid = page.getByRole('grid', { name: 'Co-occurrence heatmap' });
    await grid.waitFor();
    const table = await call<{ pairs: { codeA: string; codeB: string; count: number }[] }>(
      'cooccurrence.table',
      {},
    );
    const top = [...table.pairs].sort((a, b) => b.count - a.count)[0]!;
    const cells = grid.getByRole('gridcell');
    const labels = await Promise.all(
      (await cells.all()).map(async (cell) => (await cell.getAttribute('aria-label')) ?? ''),
    );
    const busiest = labels.findIndex((l) => l.endsWith(`: ${top.count}`) && !l.endsWith('—'));
    expect(busiest).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'network-cooccurrence-en.png') });
    await cells.nth(busiest).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(new RegExp(`${top.count} pairs of excerpts`)).waitFor();
    expect(await dialog.locator('.network-pairs > li').count()).toBe(top.count);
    await page.screenshot({ path: join(SCREENSHOTS, 'network-excerpts-en.png') });
    await dialog.locator('.network-quote').first().click();
    await page.locator('.reader-title').waitFor();
  });

  it('draws a typed link between two codes and keeps it and the saved layout after a reload', async () => {
    const { page } = app;
    await openNetworkView();
    await page.getByRole('tab', { name: 'Network' }).click();
    const canvas = page.getByRole('group', { name: 'Code network' });
    await canvas.waitFor();
    const norm = canvas.locator('[data-code="norm"]');
    const obstacle = canvas.locator('[data-code="obstacle"]');
    // Drag "norm" to a new place, then select it and "obstacle" to draw a link between them.
    const box = await norm.locator('circle').nth(1).boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.down();
    await page.mouse.move(box!.x + 40, box!.y + 60, { steps: 5 });
    await page.mouse.up();
    await norm.locator('circle').nth(1).click();
    await obstacle.locator('circle').nth(1).click();
    const dialog = page.getByRole('dialog', { name: 'Draw a link between codes' });
    await dialog.getByLabel('Relation').fill('leads to');
    await dialog.getByLabel('Note').fill('Norms slow the paperwork down.');
    await dialog.getByRole('button', { name: 'Draw link' }).click();
    await canvas.locator('.network-link-label', { hasText: 'leads to' }).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const save = page.getByRole('dialog', { name: 'Save display' });
    await save.getByLabel('Name').fill('Norms and obstacles');
    await save.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await call<Display[]>('networkDisplays.list', {})).length)
      .toBe(1);
    const [saved] = await call<Display[]>('networkDisplays.list', {});
    const positions = saved!.config.positions!;
    // Saving re-renders the view once it reloads its list: wait for the saved name, then scroll.
    await page.getByText('Saved “Norms and obstacles”.').waitFor();
    await expect
      .poll(() =>
        canvas.scrollIntoViewIfNeeded({ timeout: 2000 }).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'network-graph-en.png') });

    await page.reload();
    await openNetworkView();
    await page
      .getByLabel('Saved displays')
      .selectOption({ label: 'Norms and obstacles (Network)' });
    await canvas.locator('.network-link-label', { hasText: 'leads to' }).waitFor();
    const drawn = await Promise.all(
      (await canvas.locator('.network-node circle:nth-of-type(2)').all()).map(async (c) => ({
        x: Number(await c.getAttribute('cx')),
        y: Number(await c.getAttribute('cy')),
      })),
    );
    expect(drawn).toEqual(Object.values(positions));
    const links = await call<{ type: string; note: string }[]>('codeLinks.list', {});
    expect(links).toMatchObject([{ type: 'leads to', note: 'Norms slow the paperwork down.' }]);
  });

  it('exports the network as a valid SVG and PNG', async () => {
    const { page } = app;
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const svgPath = join(app.dir, 'network.svg');
    await svgDownload.saveAs(svgPath);
    const svg = await readFile(svgPath, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/u);
    expect(svg).toContain('leads to');
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('Norms and obstacles.png');
    const pngPath = join(app.dir, 'network.png');
    await pngDownload.saveAs(pngPath);
    const png = await readFile(pngPath);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2000);
  });

  it('charts code frequency by an attribute, in English and in Bahasa Indonesia', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByLabel('Group by').selectOption({ label: 'Attribute: source type' });
    await page.getByRole('img', { name: 'Bar chart of code frequency' }).waitFor();
    await page.getByText('Chart data').click();
    const header = page.locator('.network-chart-data thead th').first();
    await expect.poll(() => header.textContent()).toBe('source type');
    await page.screenshot({ path: join(SCREENSHOTS, 'network-chart-en.png') });

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('tab', { name: 'Grafik' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'network-chart-id.png') });
    await page.getByRole('tab', { name: 'Jaringan' }).click();
    await page.getByRole('group', { name: 'Jaringan kode' }).waitFor();
    await page.getByRole('group', { name: 'Jaringan kode' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'network-graph-id.png') });
    await page.getByRole('tab', { name: 'Kemunculan bersama' }).click();
    await page.getByRole('grid', { name: 'Peta panas kemunculan bersama' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'network-cooccurrence-id.png') });
    await page.getByRole('button', { name: 'English' }).click();
  });
});
