#!/usr/bin/env node
// Browser mode: `npm run serve -- [--port N] [--project file.telaah]`.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { runServe } = await import('../core/server/run-serve.ts');
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await runServe(process.argv.slice(2), projectRoot);
