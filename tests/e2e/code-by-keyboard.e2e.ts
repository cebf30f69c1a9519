import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';

const DOC_TITLE = 'Catatan pelabuhan';
const BODY = 'Warga kampung bercerita tentang pasar dan pelabuhan.';

let app: E2eApp;
let documentId: string;
let code: { id: string; name: string };

interface Segment {
  quote: string;
  codeIds: string[];
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const activeIsReader = (): Promise<boolean> =>
  app.page.evaluate('document.activeElement?.classList.contains("reader-text") === true');

const readerText = (): Promise<string> =>
  app.page.evaluate('document.querySelector(".reader-text").textContent');

/** The text under the CSS highlights that paint codings still waiting for the server. */
const pendingHighlights = (): Promise<string[]> =>
  app.page.evaluate(`[...CSS.highlights].flatMap(([, h]) => [...h].map((r) => r.toString()))`);

const selectedText = (): Promise<string> => app.page.evaluate('String(window.getSelection())');

beforeAll(async () => {
  app = await startE2eApp();
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.create', { file: join(app.dir, 'keys.telaah'), coder: 'Ayu' });
  const file = join(app.dir, 'pelabuhan.md');
  await writeFile(file, `# ${DOC_TITLE}\n\n${BODY}\n`, 'utf8');
  await call('documents.import', { paths: [file] });
  const codes = await call<{ id: string; name: string }[]>('codes.list', {});
  const norm = codes.find((c) => c.name === 'norm');
  if (!norm) throw new Error('the starter codebook has no "norm" code');
  code = norm;
  await call('codes.update', { id: code.id, patch: { shortcut: '2', color: '#2f9e44' } });
  documentId = (await call<{ id: string }[]>('documents.list', {}))[0]?.id ?? '';
  await app.page.goto(app.url);
  await app.page.getByRole('option', { name: new RegExp(DOC_TITLE) }).click();
  await app.page.locator('.reader-text').getByText('Warga kampung').waitFor();
});

afterAll(async () => {
  await app.close();
});

describe('code by keyboard', () => {
  it('reaches the document text with Tab', async () => {
    await app.page.getByRole('option', { name: new RegExp(DOC_TITLE) }).focus();
    for (let i = 0; i < 60 && !(await activeIsReader()); i++) await app.page.keyboard.press('Tab');
    expect(await activeIsReader()).toBe(true);
  });

  it('moves a caret and selects words with Shift+arrows', async () => {
    const keys = app.page.keyboard;
    await keys.press('Control+Home');
    await keys.press('ArrowDown');
    await keys.press('Home');
    for (let i = 0; i < 'Warga'.length; i++) await keys.press('ArrowRight');
    await keys.press('ArrowRight');
    for (let i = 0; i < 'kampung'.length; i++) await keys.press('Shift+ArrowRight');
    expect(await selectedText()).toBe('kampung');
    await app.page.getByRole('toolbar', { name: 'Code the selection' }).waitFor();
  });

  it('refuses typing, deleting and new lines in the document', async () => {
    const before = await readerText();
    await app.page.keyboard.type('xyz');
    await app.page.keyboard.press('Backspace');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Delete');
    expect(await readerText()).toBe(before);
    expect(await selectedText()).toBe('kampung');
  });

  it('codes the selection with the code’s shortcut key, highlighted before the server answers', async () => {
    // Hold the server's answer back to see the optimistic highlight on its own.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await app.page.route('**/api/call', async (route) => {
      if (route.request().postData()?.includes('"segments.code"')) await held;
      await route.continue();
    });
    await app.page.keyboard.press('2');
    await expect.poll(pendingHighlights).toEqual(['kampung']);
    expect(await app.page.locator('.reader-text .coding').count()).toBe(0);
    release();
    const coding = app.page.locator(`.reader-text .coding[data-code-ids~="${code.id}"]`);
    await coding.first().waitFor();
    expect(await coding.first().textContent()).toBe('kampung');
    const segments = await call<Segment[]>('segments.list', { documentId });
    expect(segments.map((s) => [s.quote, s.codeIds])).toEqual([['kampung', [code.id]]]);
    await expect.poll(pendingHighlights).toEqual([]);
    await app.page.unroute('**/api/call');
    await app.page.screenshot({ path: join(SCREENSHOTS, 'code-by-keyboard-en.png') });
  });

  it('codes a second selection through the quick-code palette', async () => {
    const keys = app.page.keyboard;
    await app.page.locator('.reader-text').focus();
    await keys.press('Control+End');
    await keys.press('ArrowLeft');
    for (let i = 0; i < 'pelabuhan'.length; i++) await keys.press('Shift+ArrowLeft');
    expect(await selectedText()).toBe('pelabuhan');
    await keys.press('Control+k');
    const palette = app.page.getByRole('dialog');
    await palette.waitFor();
    await keys.type('obst');
    await keys.press('Enter');
    await expect
      .poll(async () => (await call<Segment[]>('segments.list', { documentId })).length)
      .toBe(2);
    const quotes = (await call<Segment[]>('segments.list', { documentId })).map((s) => s.quote);
    expect(quotes).toEqual(['kampung', 'pelabuhan']);
    await app.page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await app.page.getByRole('button', { name: 'English' }).waitFor();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'code-by-keyboard-id.png') });
    await app.page.getByRole('button', { name: 'English' }).click();
  });

  it('codes the selection the browser shows even before it reports the change', async () => {
    // Select "pasar" and press the shortcut in one task, before `selectionchange` can fire.
    await app.page.evaluate(`(() => {
      const reader = document.querySelector('.reader-text');
      const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('pasar');
        if (at < 0) continue;
        reader.focus();
        window.getSelection().setBaseAndExtent(node, at, node, at + 'pasar'.length);
        reader.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', bubbles: true }));
        return;
      }
      throw new Error('no "pasar" in the reader');
    })()`);
    await expect
      .poll(async () => (await call<Segment[]>('segments.list', { documentId })).length)
      .toBe(3);
    const quotes = (await call<Segment[]>('segments.list', { documentId })).map((s) => s.quote);
    expect(quotes).toEqual(['kampung', 'pasar', 'pelabuhan']);
  });
});
