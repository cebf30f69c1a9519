// Runs every check the README promises: typecheck, lint, format, migration drift, then all
// Vitest tiers (unit, integration, renderer, e2e in Chromium). Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format', 'npm', ['run', '--silent', 'format:check']],
  ['migrations', 'npx', ['drizzle-kit', 'check']],
];

// The schema and the committed migrations must never drift: generating must add nothing.
const listMigrations = () => readdirSync('migrations', { recursive: true }).sort().join('\n');

const failedSteps = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  if (run.status !== 0) failedSteps.push(name);
}

console.log('\n== schema drift');
const before = listMigrations();
const generate = spawnSync('npx', ['drizzle-kit', 'generate', '--name', 'drift_check'], {
  stdio: 'inherit',
});
if (generate.status !== 0 || listMigrations() !== before) {
  failedSteps.push('schema drift (db/schema.ts changed without a migration: npm run db:generate)');
}

console.log('\n== tests');
const dir = mkdtempSync(join(tmpdir(), 'telaah-test-'));
const report = join(dir, 'vitest.json');
const extra = process.argv.slice(2);
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...extra,
  ],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  // A failing test also fails its describe block and its file: count suites only when a file
  // failed without any test failing (it did not load).
  failed = json.numFailedTests || (json.numFailedTestSuites ?? 0);
} catch {
  failed += 1;
  console.error('The test runner wrote no report.');
}
rmSync(dir, { recursive: true, force: true });

if (failedSteps.length > 0) console.log(`\nFailed checks: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 || vitest.status !== 0 ? 1 : 0);
