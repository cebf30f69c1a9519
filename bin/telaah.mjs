#!/usr/bin/env node
// The `telaah` command: runs the TypeScript CLI through tsx, the same core the app uses.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../core/cli/run-cli.ts');
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
