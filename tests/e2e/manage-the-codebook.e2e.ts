import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Output } from '../../core/api/contract';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { PROJECT_ROOT, serveApp, type TestServer } from '../helpers/serve';

const SCREENSHOTS = join(PROJECT_ROOT, 'screenshots');
const PAPER = [
  '# Cities that learn together',
  'Mayors share lessons through networks of planners and officials.',
  'Twinning agreements often begin with culture and later turn to trade.',
].join('\n\n');

let server: TestServer;
let browser: TestBrowser;
let page: Page;
let dir: string;

async function call<C extends Channel>(channel: C, input: unknown): Promise<Output<C>> {
  const result = await server.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as Output<C>;
}

const tree = () => page.getByRole('tree', { name: /^(Codes|Kode)$/ });
const row = (name: string): Locator => tree().getByRole('treeitem', { name, exact: true });
const codeId = async (name: string) =>
  (await call('codes.list', {})).find((c) => c.name === name)?.id ?? '';

async function createCode(name: string): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Codebook actions' })
    .getByRole('button', { name: 'New code' })
    .click();
  await page.getByPlaceholder('Code name').fill(name);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await row(name).waitFor();
}

/** Selects `phrase` in the reader the way a mouse would, as a DOM selection ProseMirror reads. */
async function selectInReader(phrase: string): Promise<void> {
  await page.evaluate(`(() => {
    const root = document.querySelector('.document-text .ProseMirror');
    root.focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(${JSON.stringify(phrase)});
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${phrase.length});
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error('phrase not found');
  })()`);
}

async function useLanguage(language: 'en' | 'id'): Promise<void> {
  await page.evaluate(`localStorage.setItem('telaah.language', '${language}')`);
  await page.reload();
  await tree().waitFor();
}

beforeAll(async () => {
  server = await serveApp();
  dir = await mkdtemp(join(tmpdir(), 'telaah-codebook-'));
  await writeFile(join(dir, 'cities.md'), PAPER);
  await call('project.create', {
    file: join(dir, 'codebook.telaah'),
    coder: 'Sari',
    starterCodebook: false,
  });
  await call('documents.import', { paths: [join(dir, 'cities.md')] });
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 860 });
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.goto(server.url);
  await page.evaluate(`localStorage.setItem('telaah.language', 'en')`);
  await page.reload();
  await page.getByRole('heading', { name: 'Codebook' }).waitFor();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('managing the codebook', () => {
  it('creates codes and nests one under another by drag and drop', async () => {
    await createCode('Cooperation');
    await createCode('Learning');
    await createCode('Mayors');
    await row('Mayors').dragTo(row('Cooperation'));
    await expect.poll(() => row('Mayors').getAttribute('aria-level')).toBe('2');
    const codes = await call('codes.list', {});
    expect(codes.find((c) => c.name === 'Mayors')?.path).toBe('Cooperation/Mayors');
  });

  it('reorders with Alt+Up and keeps the keyboard focus on the moved code', async () => {
    const topLevel = async () => {
      const rows = await tree().locator('[aria-level="1"]').all();
      return Promise.all(rows.map((r) => r.getAttribute('aria-label')));
    };
    await row('Learning').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(topLevel).toEqual(['Learning', 'Cooperation']);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(topLevel).toEqual(['Cooperation', 'Learning']);
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe(
      'Learning',
    );
  });

  it('renames with F2, recolours from the palette and edits the definition', async () => {
    await row('Mayors').click();
    await page.keyboard.press('F2');
    await page.getByRole('textbox', { name: 'New name for “Mayors”' }).fill('City leaders');
    await page.keyboard.press('Enter');
    await row('City leaders').waitFor();

    await page.getByRole('button', { name: 'Colour' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'codebook-colour-popover-en.png') });
    await page.getByRole('radio', { name: 'Colour #c2185b' }).click();
    await expect
      .poll(
        async () => (await call('codes.list', {})).find((c) => c.name === 'City leaders')?.color,
      )
      .toBe('#c2185b');

    await page.getByRole('button', { name: 'Definition' }).click();
    const dialog = page.getByRole('dialog', { name: 'Definition of “City leaders”' });
    await dialog
      .getByLabel('Definition')
      .fill('Mayors and other elected heads of a city acting for it.');
    await dialog.getByLabel('Include when').fill('A named office holder speaks or acts.');
    await dialog.getByLabel('Keyboard shortcut').press('Alt+1');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('City leaders').locator('kbd').textContent()).toBe('Alt+1');
    await row('City leaders').hover();
    await page.getByText('Mayors and other elected heads of a city acting for it.').waitFor();
  });

  it('codes a selection by clicking a code and shows the segment details', async () => {
    await page
      .getByRole('option', { name: /Cities that learn together|cities/ })
      .first()
      .click();
    await page
      .locator('.document-text .ProseMirror')
      .getByText('share lessons', { exact: false })
      .waitFor();
    await selectInReader('share lessons');
    await expect
      .poll(() => page.getByText('Click a code to apply it to the selected text.').count())
      .toBe(1);
    await row('Learning').click();
    await expect.poll(async () => (await call('segments.list', {})).length).toBe(1);
    const quote = page.getByTestId('segment-quote');
    await expect.poll(() => quote.locator('mark').textContent()).toBe('share lessons');
    await page.getByRole('button', { name: 'Remove “Learning” from this segment' }).waitFor();
  });

  it('nudges the end of the segment one word later', async () => {
    await page.getByRole('button', { name: 'End one word later' }).click();
    await expect
      .poll(() => page.getByTestId('segment-quote').locator('mark').textContent())
      .toBe('share lessons through');
    const [segment] = await call('segments.list', {});
    expect(segment?.quote).toBe('share lessons through');
  });

  it('takes screenshots of the codebook and the segment details in both languages', async () => {
    for (const language of ['en', 'id'] as const) {
      await useLanguage(language);
      await page.getByRole('option').first().click();
      // Clicking the highlighted passage selects its segment.
      await page.locator('.document-text .coding').first().click();
      await page.getByTestId('segment-quote').waitFor();
      await row('City leaders').hover();
      await page.screenshot({
        path: join(SCREENSHOTS, `codebook-definition-card-${language}.png`),
      });
      await page.locator('.workspace-side').screenshot({
        path: join(SCREENSHOTS, `segment-details-${language}.png`),
      });
      // Focus, not click: a click would toggle the code on the selected segment.
      await row('Cooperation').focus();
      await page.keyboard.press('Delete');
      await page.getByRole('dialog').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `codebook-delete-dialog-${language}.png`) });
      await page.keyboard.press('Escape');
      await row('Learning').focus();
      await page.keyboard.press('F2');
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'Definisi' }).click();
    await page.screenshot({ path: join(SCREENSHOTS, 'codebook-definition-dialog-id.png') });
    await page.keyboard.press('Escape');
    await useLanguage('en');
    expect(await call('segments.list', {})).toHaveLength(1);
  });

  it('merges one code into another through the merge dialog', async () => {
    const learning = await codeId('Learning');
    const cooperation = await codeId('Cooperation');
    await row('Learning').focus();
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “Learning” into another code' });
    await dialog.getByText(/the duplicate is dropped/).waitFor();
    await dialog.getByRole('listbox', { name: 'Merge into' }).selectOption(cooperation);
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => row('Learning').count()).toBe(0);
    const codes = await call('codes.list', {});
    expect(codes.some((c) => c.id === learning)).toBe(false);
    expect(codes.find((c) => c.id === cooperation)?.codingCount).toBe(1);
  });

  it('deletes a code after saying how many codings and sub-codes go', async () => {
    await row('Cooperation').focus();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete “Cooperation”?' });
    await expect
      .poll(() => dialog.getByTestId('delete-code-summary').textContent())
      .toBe('This removes 1 coding and 1 sub-code.');
    await dialog.getByRole('button', { name: 'Delete code' }).click();
    await expect
      .poll(() => tree().getByRole('treeitem').count())
      .toBe(0)
      .catch(async () => {
        await page.getByText('No codes yet').waitFor();
      });
    expect(await call('codes.list', {})).toEqual([]);
  });
});
