import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';

let app: E2eApp;
let file: string;
let me: { id: string; name: string };
let other: { id: string; name: string };
let documentTitle: string;
let mine: string[];
let theirs: string[];

interface Segment {
  id: string;
  documentId: string;
  coderId: string;
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Segment ids drawn as highlights in the text, and as stripes in the margin. */
const drawn = (): Promise<{ text: string[]; stripes: string[] }> =>
  app.page.evaluate(`(() => {
    const text = [...document.querySelectorAll('.reader-text .coding[data-segment-ids]')]
      .flatMap((el) => el.getAttribute('data-segment-ids').split(' '));
    const stripes = [...document.querySelectorAll('.coding-stripe[data-segment-id]')]
      .map((el) => el.getAttribute('data-segment-id'));
    return { text: [...new Set(text)].sort(), stripes: [...new Set(stripes)].sort() };
  })()`);

const sorted = (ids: string[]): string[] => [...ids].sort();

/** Exactly these segments are highlighted; the margin (stripes of what is on screen) has no other. */
async function expectDrawn(ids: string[]): Promise<void> {
  await expect.poll(async () => (await drawn()).text).toEqual(sorted(ids));
  const { stripes } = await drawn();
  expect(stripes.filter((id) => !ids.includes(id))).toEqual([]);
  if (ids.length === 0) expect(stripes).toEqual([]);
}

async function openDocument(): Promise<void> {
  await app.page.getByRole('option', { name: new RegExp(documentTitle) }).click();
  await app.page.locator('.reader-title').filter({ hasText: documentTitle }).waitFor();
}

beforeAll(async () => {
  app = await startE2eApp();
  await mkdir(SCREENSHOTS, { recursive: true });
  file = join(app.dir, 'sample.telaah');
  await call('project.createSample', { file, coder: 'Ayu' });
  const coders = await call<{ id: string; name: string }[]>('coders.list', {});
  const ayu = coders.find((c) => c.name === 'Ayu');
  const second = coders.find((c) => c.name !== 'Ayu');
  if (!ayu || !second) throw new Error('the sample has fewer than two coders');
  me = ayu;
  other = second;
  // The document where both coders coded.
  const segments = await call<Segment[]>('segments.list', {});
  const docs = await call<{ id: string; title: string }[]>('documents.list', {});
  const both = docs.find(
    (d) =>
      segments.some((s) => s.documentId === d.id && s.coderId === me.id) &&
      segments.some((s) => s.documentId === d.id && s.coderId === other.id),
  );
  if (!both) throw new Error('no sample document is coded by both coders');
  documentTitle = both.title;
  const here = segments.filter((s) => s.documentId === both.id);
  mine = here.filter((s) => s.coderId === me.id).map((s) => s.id);
  theirs = here.filter((s) => s.coderId === other.id).map((s) => s.id);
  await app.page.goto(app.url);
  await openDocument();
});

afterAll(async () => {
  await app.close();
});

describe('coders in the document view', () => {
  it('shows who is coding in the top bar and every coder’s codings', async () => {
    expect(await app.page.getByTestId('current-coder').textContent()).toContain('Coding as Ayu');
    await expectDrawn([...mine, ...theirs]);
  });

  it('hides every other coder’s codings in blind mode', async () => {
    await app.page.getByRole('checkbox', { name: 'Blind coding' }).check();
    await expectDrawn(mine);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'coders-blind-en.png') });
    await app.page.getByRole('checkbox', { name: 'Blind coding' }).uncheck();
    await expectDrawn([...mine, ...theirs]);
  });

  it('hides one coder’s codings from the coder filter', async () => {
    await app.page.getByRole('button', { name: /All coders/ }).click();
    const filter = app.page.getByRole('group', { name: 'Show codings by' });
    await filter.getByRole('checkbox', { name: other.name }).uncheck();
    await expectDrawn(mine);
    expect(await app.page.getByRole('button', { name: /1 of 2 coders/ }).isVisible()).toBe(true);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'coders-filter-en.png') });
    await filter.getByRole('checkbox', { name: /Ayu/ }).uncheck();
    await expectDrawn([]);
    await filter.getByRole('checkbox', { name: /Ayu/ }).check();
    await expectDrawn(mine);
  });

  it('remembers the filter for this project after a reload', async () => {
    await app.page.reload();
    await openDocument();
    await expectDrawn(mine);
    await app.page.getByRole('button', { name: /1 of 2 coders/ }).click();
    await app.page
      .getByRole('group', { name: 'Show codings by' })
      .getByRole('checkbox', { name: other.name })
      .check();
    await expectDrawn([...mine, ...theirs]);
    await app.page.keyboard.press('Escape');
  });

  it('switches coder from the top bar and keeps the document open', async () => {
    await app.page.getByTestId('current-coder').click();
    const dialog = app.page.getByRole('dialog', { name: 'Who is coding?' });
    await dialog.getByRole('radio', { name: other.name }).check();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'coders-switch-en.png') });
    await dialog.getByRole('button', { name: 'Code as this coder' }).click();
    await expect
      .poll(() => app.page.getByTestId('current-coder').textContent())
      .toContain(`Coding as ${other.name}`);
    expect(await call<{ coder: { name: string } }>('project.current', {})).toMatchObject({
      coder: { name: other.name },
    });
    await app.page.locator('.reader-title').filter({ hasText: documentTitle }).waitFor();
    await app.page.getByRole('checkbox', { name: 'Blind coding' }).check();
    await expectDrawn(theirs);
  });

  it('shows the coder filter in Bahasa Indonesia', async () => {
    await app.page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await app.page.getByRole('checkbox', { name: 'Pengodean tersamar' }).uncheck();
    await app.page.getByRole('button', { name: /Semua pengode/ }).click();
    await app.page
      .getByRole('group', { name: 'Tampilkan pengodean oleh' })
      .getByRole('checkbox', { name: /Ayu/ })
      .uncheck();
    await expectDrawn(theirs);
    await app.page.screenshot({ path: join(SCREENSHOTS, 'coders-filter-id.png') });
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('current-coder').click();
    await app.page.getByRole('dialog', { name: 'Siapa yang mengode?' }).waitFor();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'coders-switch-id.png') });
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('button', { name: 'English' }).click();
  });
});
