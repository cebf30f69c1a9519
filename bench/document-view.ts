// Document view in Chromium against the built renderer in browser mode: opening a
// 1,000,000-character document with 10,000 codings, and coding a selection with a shortcut key.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';
import { serveApp, type TestServer } from '../tests/helpers/serve';
import type { BenchResult } from './bench-result';
import { BIG_TITLE, SMALL_TITLE, fillBenchProject } from './document-view-project';

const OPENS = Number(process.env.BENCH_OPENS ?? 5);
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 30);
const PAUSE_MS = 400;

interface Mark {
  startTime: number;
  detail: { pieces?: number } | null;
}

async function call<T>(server: TestServer, channel: string, input: unknown): Promise<T> {
  const result = await server.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const mark = (page: Page, name: string): Promise<Mark | null> =>
  page.evaluate(
    `(() => { const m = performance.getEntriesByName(${JSON.stringify(name)}).at(-1);
      return m ? { startTime: m.startTime, detail: m.detail ?? null } : null; })()`,
  );

/** Polls until the newest mark of this name is later than `after` (and passes `ok`). */
async function markAfter(
  page: Page,
  name: string,
  after: number,
  ok: (m: Mark) => boolean = () => true,
): Promise<Mark> {
  for (let i = 0; i < 2000; i++) {
    const m = await mark(page, name);
    if (m && m.startTime > after && ok(m)) return m;
    await page.waitForTimeout(5);
  }
  throw new Error(`no ${name} mark after ${after}`);
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

async function clickTime(page: Page, name: string): Promise<number> {
  await page.evaluate(
    `document.addEventListener('click', () => { window.__benchClick = performance.now(); }, { capture: true, once: true })`,
  );
  await page.getByRole('option', { name: new RegExp(name) }).click();
  return page.evaluate('window.__benchClick');
}

/** Open → first screen with its codings painted, and → every coding drawn (in idle chunks). */
async function timeOpens(page: Page): Promise<{ first: number[]; complete: number[] }> {
  const first: number[] = [];
  const complete: number[] = [];
  const big = (m: Mark): boolean => (m.detail?.pieces ?? 0) > 100;
  for (let i = 0; i < OPENS; i++) {
    await clickTime(page, SMALL_TITLE);
    await page.locator('.reader-title', { hasText: SMALL_TITLE }).waitFor();
    const t0 = await clickTime(page, BIG_TITLE);
    const painted = await markAfter(page, 'telaah:first-codings-painted', t0, big);
    const done = await markAfter(page, 'telaah:codings-complete', t0, big);
    first.push(painted.startTime - t0);
    complete.push(done.startTime - t0);
  }
  return { first, complete };
}

/** Selects a few words of the visible text (a different place each time). */
async function selectVisibleWords(page: Page, n: number): Promise<void> {
  await page.evaluate(`(() => {
    const root = document.querySelector('.reader-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    // The document opens at its top: the first text nodes are the visible ones.
    for (let t = walker.nextNode(); t && nodes.length < 40; t = walker.nextNode()) {
      if (t.data.length > 40) nodes.push(t);
    }
    const node = nodes[${n} % nodes.length];
    const from = (${n} * 7) % (node.data.length - 30);
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + 12 + (${n} % 15));
    root.focus();
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  })()`);
  await page.locator('.selection-toolbar').waitFor();
}

/** Key press → pending highlight painted, and → server-confirmed segment painted. */
async function timeApplications(
  page: Page,
): Promise<{ optimistic: number[]; roundTrip: number[]; dispatched: number[] }> {
  const optimistic: number[] = [];
  const roundTrip: number[] = [];
  const dispatched: number[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    await selectVisibleWords(page, i);
    const before = await page.evaluate<number>('performance.now()');
    await page.keyboard.press(String((i % 9) + 1));
    const key = await markAfter(page, 'telaah:code-key', before);
    const pending = await markAfter(page, 'telaah:pending-painted', key.startTime);
    const applied = await markAfter(page, 'telaah:pending-dispatched', key.startTime);
    dispatched.push(applied.startTime - key.startTime);
    const confirmed = await markAfter(page, 'telaah:confirmed-painted', key.startTime);
    optimistic.push(pending.startTime - key.startTime);
    roundTrip.push(confirmed.startTime - key.startTime);
    await page.evaluate('window.getSelection().removeAllRanges()');
    // A coder reads on before the next code: let the codes and documents reloads finish.
    await page.waitForTimeout(PAUSE_MS);
  }
  return { optimistic, roundTrip, dispatched };
}

export async function benchDocumentView(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'telaah-bench-view-'));
  const server = await serveApp();
  const browser = await launchBrowser();
  try {
    const file = join(dir, 'bench.telaah');
    const project = await call<{ coder: { id: string } }>(server, 'project.create', {
      file,
      coder: 'bench',
      starterCodebook: false,
    });
    await call(server, 'project.close', {});
    fillBenchProject(file, project.coder.id);
    await call(server, 'project.open', { file, coder: 'bench' });
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => {
      console.error(`page error: ${error.stack ?? error.message}`);
    });
    await page.goto(server.url);
    const opens = await timeOpens(page);
    const apply = await timeApplications(page);
    return [
      {
        name: 'open 1M-char document → first screen with its codings painted',
        unit: 'ms',
        ...stats(opens.first),
        target: '≤ 1000 ms',
      },
      {
        name: 'open 1M-char document → all 10,000 codings drawn (idle chunks)',
        unit: 'ms',
        ...stats(opens.complete),
      },
      {
        name: 'apply code: key press → highlight painted (optimistic)',
        unit: 'ms',
        ...stats(apply.optimistic),
        target: '≤ 16 ms median, ≤ 50 ms p95',
      },
      {
        name: 'apply code: key press → pending decoration dispatched (sync part)',
        unit: 'ms',
        ...stats(apply.dispatched),
      },
      {
        name: 'apply code: key press → server-confirmed segment painted (round trip)',
        unit: 'ms',
        ...stats(apply.roundTrip),
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchDocumentView());
}
