import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/telaah.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `telaah` binary as a separate process, as a user would. */
export function runTelaah(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, TELAAH_LANG: 'en', TELAAH_CODER: 'tester', ...options.env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Parses `--json` output, which is always an array of objects with an id. */
export function jsonRows(run: CliRun): Record<string, unknown>[] {
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}
