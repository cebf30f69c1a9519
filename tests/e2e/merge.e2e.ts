import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';

const PAPER_A =
  '# Kota Kembar\n\nKerja sama kota kembar membangun identitas bersama antarwarga.\n\n' +
  'Norma gotong royong menjadi dasar program pertukaran budaya.\n';
const PAPER_B =
  '# Hambatan\n\nHambatan utama adalah anggaran yang terbatas.\n\n' +
  'Budaya birokrasi memperlambat keputusan bersama.\n';

interface Named {
  id: string;
  name: string;
}

let app: E2eApp;
let page: Page;
const file = (name: string) => join(app.dir, name);

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Codes the first occurrence of `quote` with the named codes, as the open project's coder. */
async function code(quote: string, codeNames: string[]): Promise<void> {
  const docs = await call<{ id: string }[]>('documents.list', {});
  for (const doc of docs) {
    const { text } = await call<{ text: string }>('documents.get', { id: doc.id });
    const start = text.indexOf(quote);
    if (start < 0) continue;
    const codes = await call<Named[]>('codes.list', {});
    const codeIds = codeNames.map((n) => codes.find((c) => c.name === n)?.id ?? n);
    await call('segments.code', { documentId: doc.id, start, end: start + quote.length, codeIds });
    return;
  }
  throw new Error(`quote not found: ${quote}`);
}

async function segmentCoders(): Promise<string[]> {
  const coders = new Map((await call<Named[]>('coders.list', {})).map((c) => [c.id, c.name]));
  const segments = await call<{ coderId: string }[]>('segments.list', {});
  return segments.map((s) => coders.get(s.coderId) ?? '?').sort();
}

beforeAll(async () => {
  app = await startE2eApp();
  page = app.page;
  await writeFile(file('kota.md'), PAPER_A, 'utf8');
  await writeFile(file('hambatan.md'), PAPER_B, 'utf8');
  // The team lead's project with the papers and the starter codebook, copied to two coders.
  await call('project.create', { file: file('lead.telaah'), coder: 'Lead' });
  await call('documents.import', { paths: [file('kota.md'), file('hambatan.md')] });
  await call('project.close', {});
  await copyFile(file('lead.telaah'), file('ayu.telaah'));
  await copyFile(file('lead.telaah'), file('budi.telaah'));
  await call('project.open', { file: file('ayu.telaah'), coder: 'Ayu' });
  await code('identitas bersama', ['identity']);
  await code('anggaran yang terbatas', ['obstacle']);
  const culture = (await call<Named[]>('codes.list', {})).find((c) => c.name === 'culture');
  await call('codes.update', { id: culture?.id, patch: { name: 'budaya' } });
  await call('project.close', {});
  await call('project.open', { file: file('budi.telaah'), coder: 'Budi' });
  await code('identitas bersama', ['identity']);
  await code('Norma gotong royong', ['norm']);
  await call('project.close', {});
  await call('project.open', { file: file('lead.telaah'), coder: 'Lead' });
  // Tall enough that the screenshots show the whole preview.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.reload();
}, 180_000);

afterAll(async () => {
  await app.close();
});

/** Scrolls the merge panel to the top of the main view, for screenshots. */
async function showPanel(): Promise<void> {
  // A string, as this file is type-checked without the DOM library.
  await page.evaluate(`(() => {
    const view = document.querySelector('.main-view');
    const heading = document.querySelector('#merge-heading');
    view.scrollTop += heading.getBoundingClientRect().top - view.getBoundingClientRect().top - 8;
  })()`);
}

/** The merge panel of the Team view. */
function panel() {
  return page.locator('section.merge-panel');
}

async function addProject(label: string, path: string, add: string): Promise<void> {
  await panel().getByRole('textbox', { name: label }).fill(path);
  await panel().getByRole('button', { name: add, exact: true }).click();
}

describe('merge coders’ projects', () => {
  it('previews, settles a renamed code and merges both coders’ codings', async () => {
    await page.getByRole('button', { name: 'Team', exact: true }).click();
    await addProject('Project file to merge in', file('ayu.telaah'), 'Add');
    await addProject('Project file to merge in', file('budi.telaah'), 'Add');
    await panel().getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByText('Preview: nothing has been written yet.').waitFor();
    const codings = page.locator('.merge-counts tr[data-kind="coding"] td').first();
    expect(await codings.textContent()).toBe('4');
    expect(await segmentCoders()).toEqual([]);
    const conflict = page.locator('.merge-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.textContent()).toContain('budaya');
    await conflict.getByRole('radio', { name: 'Keep both' }).check();
    // The preview follows the choice: their renamed code would be added beside ours.
    await page.locator('.merge-counts tr[data-kind="code"]').waitFor();
    await showPanel();
    await page.screenshot({ path: join(SCREENSHOTS, 'merge-preview-en.png') });

    await panel().getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(/^Merged\./u).waitFor();
    expect(await segmentCoders()).toEqual(['Ayu', 'Ayu', 'Budi', 'Budi']);
    const names = (await call<Named[]>('codes.list', {})).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['culture', 'budaya']));
    await showPanel();
    await page.screenshot({ path: join(SCREENSHOTS, 'merge-done-en.png') });
  });

  it('adds nothing when the same projects are merged again', async () => {
    await panel().getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByText(/^Nothing to add/u).waitFor();
    expect(await page.locator('.merge-conflict').count()).toBe(0);
    await panel().getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(/^Merged\./u).waitFor();
    expect(await page.getByText(/^Nothing to add/u).count()).toBe(1);
    expect(await segmentCoders()).toHaveLength(4);
  });

  it('undoes the whole merge with Ctrl+Z and previews in Bahasa Indonesia', async () => {
    await page.locator('#merge-heading').click();
    await page.keyboard.press('Control+z');
    await expect.poll(segmentCoders).toEqual([]);
    await page.getByText(/^The project has changed since this merge/u).waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await panel().getByRole('button', { name: 'Pratinjau', exact: true }).click();
    await page.getByText('Pratinjau: belum ada yang ditulis.').waitFor();
    expect(await page.locator('.merge-conflict').count()).toBe(1);
    await page.getByRole('radio', { name: 'Simpan keduanya' }).check();
    await showPanel();
    await page.screenshot({ path: join(SCREENSHOTS, 'merge-preview-id.png') });
  });
});
