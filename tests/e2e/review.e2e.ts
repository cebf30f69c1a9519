import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';

let app: E2eApp;
let coderFile: string;
let supervisorFile: string;

interface QueueOut {
  items: { id: string; reviewState: string; comments: { body: string }[] }[];
  progress: {
    total: number;
    proposed: number;
    accepted: number;
    rejected: number;
    discuss: number;
  };
}

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function openView(name: RegExp): Promise<void> {
  await app.page.reload();
  await app.page.getByTestId('current-coder').waitFor();
  await app.page.getByRole('button', { name }).click();
}

beforeAll(async () => {
  app = await startE2eApp();
  await mkdir(SCREENSHOTS, { recursive: true });
  coderFile = join(app.dir, 'thesis.telaah');
  supervisorFile = join(app.dir, 'thesis-for-review.telaah');
  // The coder's project, then the copy she sends to her supervisor.
  await call('project.createSample', { file: coderFile, coder: 'Ayu' });
  await call('project.close', {});
  await copyFile(coderFile, supervisorFile);
  await call('project.open', { file: supervisorFile, coder: 'Bu Sri' });
});

afterAll(async () => {
  await app.close();
});

describe('supervisor review', () => {
  it('reviews ten excerpts by keyboard and comments on two', async () => {
    await openView(/^Review$/);
    const page = app.page;
    await page.getByRole('button', { name: 'Make me a reviewer' }).click();
    const card = page.getByRole('group', { name: /^Excerpt 1 of/ });
    await card.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'review-queue-en.png') });
    const before = await call<QueueOut>('review.queue', {});
    expect(before.progress.proposed).toBeGreaterThanOrEqual(10);

    // The queue shows open excerpts: each decision moves the next one into place.
    const keys = ['a', 'a', 'r', 'a', 'd', 'a', 'r', 'a', 'a', 'd'];
    for (const [n, key] of keys.entries()) {
      await card.focus();
      if (n === 2 || n === 6) {
        await page.keyboard.press('c');
        await page.keyboard.type(n === 2 ? 'Ini norma, bukan identitas.' : 'Check the page.');
        await page.keyboard.press('Control+Enter');
        await expect
          .poll(
            async () =>
              (await call<QueueOut>('review.queue', {})).items.flatMap((i) => i.comments).length,
          )
          .toBe(n === 2 ? 1 : 2);
        await card.focus();
      }
      const decided = before.progress.total - before.progress.proposed + n + 1;
      await page.keyboard.press(key);
      await expect
        .poll(async () => {
          const q = await call<QueueOut>('review.queue', {});
          return q.progress.total - q.progress.proposed;
        })
        .toBe(decided);
      await page.getByText(`${decided} of ${before.progress.total} reviewed`).waitFor();
    }
    const after = await call<QueueOut>('review.queue', {});
    expect(after.progress).toMatchObject({ accepted: 6, rejected: 2, discuss: 2 });
    await page.getByText(/^10 of \d+ reviewed$/u).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'review-progress-en.png') });
  });

  it('exports the review report', async () => {
    const page = app.page;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Review report (HTML)' }).click(),
    ]);
    const html = await readFile(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('review-report.html');
    expect(html).toContain('Decisions by code');
    expect(html).toContain('Ini norma, bukan identitas.');
    const report = await app.browser.context.newPage();
    await report.setContent(html);
    expect(await report.getByRole('heading', { level: 1 }).textContent()).toBe('Review report');
    await report.close();
  });

  it('shows the queue and the audit trail in Bahasa Indonesia', async () => {
    const page = app.page;
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Tinjauan' }).waitFor();
    await page.getByLabel('Status').selectOption('rejected');
    await page.getByRole('group', { name: /^Kutipan 1 dari 2$/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'review-queue-id.png') });
    await page.getByRole('button', { name: /^Audit|^Jejak audit$/ }).click();
    await page.getByRole('heading', { name: 'Jejak audit' }).waitFor();
    await page.getByLabel('Orang').selectOption({ label: 'Bu Sri' });
    await page
      .getByRole('status')
      .filter({ hasText: /perubahan/ })
      .waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'audit-trail-id.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(
      csv.split('\r\n').filter((l) => l.includes('review.setState')).length,
    ).toBeGreaterThanOrEqual(10);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'audit-trail-en.png') });
  });

  it('brings the decisions and comments back into the coder’s project', async () => {
    await call('project.close', {});
    await call('project.open', { file: coderFile, coder: 'Ayu' });
    await openView(/^Review$/);
    const page = app.page;
    await page.getByText('Receive a review').click();
    await page.getByLabel('Reviewed project file').fill(supervisorFile);
    await page.getByRole('button', { name: 'Receive', exact: true }).click();
    await page.getByText(/^Received 10 decisions and 2 comments\./u).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'review-received-en.png') });
    const q = await call<QueueOut>('review.queue', {});
    expect(q.progress).toMatchObject({ accepted: 6, rejected: 2, discuss: 2 });
    expect(q.items.flatMap((i) => i.comments.map((c) => c.body)).sort()).toEqual([
      'Check the page.',
      'Ini norma, bukan identitas.',
    ]);
  });
});
