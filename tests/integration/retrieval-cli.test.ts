import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retrieveCommand } from '../../core/analysis/retrieval/retrieve-command';
import { createAppDispatch } from '../../core/api/create-app-dispatch';
import type { CliIo } from '../../core/cli/cli-io';

/** Runs `telaah retrieve` as run-cli would, capturing what it prints. */
async function retrieve(argv: string[], cwd: string): Promise<string> {
  const printed: string[] = [];
  const io: CliIo = {
    out: (text) => printed.push(text),
    err: (text) => printed.push(text),
    env: {},
    cwd,
  };
  const { positionals, values } = parseArgs({
    args: argv,
    options: { ...retrieveCommand.options, lang: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  await retrieveCommand.run({ positionals, values }, io);
  return printed.join('\n');
}

describe('telaah retrieve', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'telaah-retrieve-cli-'));
    file = join(dir, 'sample.telaah');
    const app = createAppDispatch({ version: '0.0.0-test', settingsFile: null });
    const made = await app.dispatch('project.createSample', { file, coder: 'Ayu' });
    expect(made.ok).toBe(true);
    app.close();
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the rows of a boolean query as JSON, each with an id', async () => {
    const rows = JSON.parse(await retrieve([file, 'identity OR obstacle', '--json'], dir)) as {
      id: string;
      codePaths: string[];
    }[];
    expect(rows).toHaveLength(7);
    expect(
      rows.every((r) => r.id !== '' && r.codePaths.some((p) => /identity|obstacle/u.test(p))),
    ).toBe(true);
    const near = JSON.parse(
      await retrieve([file, 'identity WITHIN 1 paragraphs OF culture', '--json'], dir),
    ) as unknown[];
    const and = JSON.parse(
      await retrieve([file, 'identity AND culture', '--json'], dir),
    ) as unknown[];
    expect(near.length).toBeGreaterThanOrEqual(and.length);
    expect(and).toHaveLength(1);
  });

  it('saves a query, runs it by name and writes it as CSV', async () => {
    await retrieve(
      [file, 'obstacle NOT identity', '--save', 'Hambatan saja', '--coder', 'Ayu'],
      dir,
    );
    const byName = JSON.parse(
      await retrieve([file, '--query', 'hambatan saja', '--json'], dir),
    ) as unknown[];
    expect(byName).toHaveLength(4);
    const message = await retrieve(
      [file, '--query', 'Hambatan saja', '--out', 'hambatan.csv'],
      dir,
    );
    expect(message).toContain('hambatan.csv');
    const csv = readFileSync(join(dir, 'hambatan.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFdocument,page,case,code,coder,quote')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(5);
  });

  it('refuses an unknown operator with query_invalid', async () => {
    await expect(retrieve([file, 'identity XOR norm'], dir)).rejects.toMatchObject({
      code: 'query_invalid',
    });
  });
});
