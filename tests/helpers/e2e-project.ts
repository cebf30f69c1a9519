import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createAppDispatch } from '../../core/api/create-app-dispatch';
import type { Dispatch } from '../../core/api/dispatch';
import { ensureRendererBuilt, rendererOutDir } from '../../core/server/renderer-build';
import { startServer } from '../../core/server/start-server';
import { launchBrowser, type TestBrowser } from './browser';
import { makeSampleDocx } from './make-docx';
import { makePdf } from './make-pdf';
import { PROJECT_ROOT, TEST_VERSION } from './serve';

export const SCREENSHOTS = join(PROJECT_ROOT, 'screenshots');

/** The app in browser mode with its own temp folder (projects, settings) and a Chromium page. */
export interface E2eApp {
  page: Page;
  browser: TestBrowser;
  dispatch: Dispatch;
  /** The page address carrying the token. */
  url: string;
  origin: string;
  /** A temp folder for project files, deleted on close. */
  dir: string;
  close(): Promise<void>;
}

/**
 * Starts the real server over the real dispatch, with a settings file in a temp folder so recent
 * projects never touch the user's own, and opens a page on it.
 */
export async function startE2eApp(options: { locale?: string } = {}): Promise<E2eApp> {
  await ensureRendererBuilt(PROJECT_ROOT, () => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'telaah-e2e-'));
  const app = createAppDispatch({
    version: TEST_VERSION,
    settingsFile: join(dir, 'settings.json'),
  });
  const server = await startServer({
    dispatch: app.dispatch,
    staticDir: rendererOutDir(PROJECT_ROOT),
    port: 0,
    host: '127.0.0.1',
  });
  const browser = await launchBrowser(options);
  const page = await browser.context.newPage();
  await page.goto(server.url);
  return {
    page,
    browser,
    dispatch: app.dispatch,
    url: server.url,
    origin: server.origin,
    dir,
    async close() {
      await browser.close();
      await server.close();
      app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Types the coder name, chooses New project, types the path and waits for the workspace. */
export async function createProjectThroughWelcome(
  page: Page,
  file: string,
  coder = 'Ayu',
): Promise<void> {
  await page.getByLabel(/Your name as coder|Nama Anda sebagai pengode/).fill(coder);
  await page.getByRole('button', { name: /^(New project|Proyek baru)$/ }).click();
  await page.locator('#project-path').fill(file);
  await page.getByRole('button', { name: /^(Create project|Buat proyek)$/ }).click();
  await page.getByTestId('current-coder').waitFor();
}

export interface UploadSpec {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Picks files in the documents pane's file input and waits until the import has finished. */
export async function importFiles(page: Page, files: UploadSpec[]): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(files);
  await page
    .getByTestId('import-progress')
    .getByText(/Import finished|Impor selesai/)
    .waitFor();
}

/** A two-page generated paper as a PDF upload. */
export async function samplePdf(name = 'city-pairs.pdf'): Promise<UploadSpec> {
  const line = (text: string) => ({ text });
  const bytes = await makePdf(
    [
      {
        top: [{ text: 'Sister Cities and Norms', size: 16, bold: true }],
        columns: [
          [
            line('Municipal partnerships spread norms of cooperation.'),
            line('They rely on trust.'),
          ],
        ],
      },
      {
        columns: [
          [line('Culture shapes how cities learn from each other.'), line('Obstacles remain.')],
        ],
      },
    ],
    'Sister Cities and Norms',
  );
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) };
}

/** The generated sample DOCX as an upload. */
export async function sampleDocx(name = 'interview.docx'): Promise<UploadSpec> {
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(await makeSampleDocx()),
  };
}
