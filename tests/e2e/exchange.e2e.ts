import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/serve';
import { SCREENSHOTS, startE2eApp, type E2eApp } from '../helpers/e2e-project';

const SCHEMA = join(PROJECT_ROOT, '../shared/refi-qda/schemas/Project.xsd');

let app: E2eApp;
let qdpxPath = '';

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function openTeamView(): Promise<void> {
  await app.page.getByRole('button', { name: /^(Team|Tim)$/ }).click();
  await app.page.locator('#exchange-heading').waitFor();
}

beforeAll(async () => {
  app = await startE2eApp();
  await mkdir(SCREENSHOTS, { recursive: true });
  await call('project.createSample', { file: join(app.dir, 'sample.telaah'), coder: 'Ayu' });
  await app.page.reload();
  await app.page.getByTestId('current-coder').waitFor();
});

afterAll(async () => {
  await app.close();
});

describe('exchange codebooks and projects', () => {
  it('exports the project as a .qdpx that validates against Project.xsd', async () => {
    await openTeamView();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Export project (.qdpx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sample.qdpx');
    qdpxPath = join(app.dir, 'sample.qdpx');
    await download.saveAs(qdpxPath);
    const files = unzipSync(new Uint8Array(await readFile(qdpxPath)));
    expect(Object.keys(files).filter((f) => f.startsWith('sources/')).length).toBe(3);
    const qde = join(app.dir, 'project.qde');
    await writeFile(qde, files['project.qde']!);
    if (!existsSync(SCHEMA)) {
      console.warn(`skipping schema validation: ${SCHEMA} is missing`);
      return;
    }
    let xmllint = true;
    try {
      execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    } catch {
      xmllint = false;
      console.warn(
        'skipping schema validation: xmllint is not installed (apt install libxml2-utils)',
      );
    }
    if (xmllint) {
      expect(() =>
        execFileSync('xmllint', ['--noout', '--schema', SCHEMA, qde], { stdio: 'pipe' }),
      ).not.toThrow();
    }
  });

  it('previews a codebook CSV and applies it as one undoable step', async () => {
    const csv = join(app.dir, 'codebook.csv');
    await writeFile(
      csv,
      'path,definition\nidentity,How a city names and presents itself.\nobstacle/funding,Money that is missing or late.\n',
    );
    const form = app.page.locator('section[aria-labelledby="exchange-import-codebook"]');
    await form.getByLabel('File path on this computer').fill(csv);
    await form.getByRole('button', { name: 'Preview' }).click();
    const table = form.getByRole('table');
    await table.waitFor();
    await expect
      .poll(() => table.getByRole('row', { name: /obstacle\/funding/ }).textContent())
      .toContain('Add');
    expect(await table.getByRole('row', { name: /^identity/ }).textContent()).toContain(
      'How a city names and presents itself.',
    );
    await table.scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'exchange-preview-en.png') });
    const codesBefore = await call<{ name: string }[]>('codes.list', {});
    await form.getByRole('button', { name: 'Apply changes' }).click();
    await form.getByText(/Codebook updated: 1 added, 1 changed/).waitFor();
    const codes = await call<{ name: string; definition: string }[]>('codes.list', {});
    expect(codes.map((c) => c.name)).toContain('funding');
    expect(codes.find((c) => c.name === 'identity')?.definition).toBe(
      'How a city names and presents itself.',
    );
    await call('history.undo', {});
    expect((await call<{ name: string }[]>('codes.list', {})).map((c) => c.name).sort()).toEqual(
      codesBefore.map((c) => c.name).sort(),
    );
  });

  it('imports the .qdpx into a new project and reports what came in, in both languages', async () => {
    await call('project.create', {
      file: join(app.dir, 'copy.telaah'),
      coder: 'Ayu',
      starterCodebook: false,
    });
    await app.page.reload();
    await app.page.getByTestId('current-coder').waitFor();
    await openTeamView();
    const form = app.page.locator('section[aria-labelledby="exchange-import-project"]');
    await form.getByLabel('File path on this computer').fill(qdpxPath);
    await form.getByRole('button', { name: 'Import' }).click();
    await form.getByRole('heading', { name: 'Imported from Telaah' }).waitFor();
    expect(await form.getByText('Everything in the file was imported.').count()).toBe(1);
    const docs = await call<{ title: string }[]>('documents.list', {});
    expect(docs).toHaveLength(3);
    const segments = await call<unknown[]>('segments.list', {});
    expect(segments.length).toBeGreaterThan(0);
    await form.getByRole('heading', { name: 'Imported from Telaah' }).scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'exchange-import-en.png') });
    await app.page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await form.getByRole('heading', { name: 'Diimpor dari Telaah' }).waitFor();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'exchange-import-id.png') });
    await app.page.locator('#exchange-heading').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: join(SCREENSHOTS, 'exchange-panel-id.png') });
    await app.page.getByRole('button', { name: 'English' }).click();
  });
});
