import { describe, expect, it } from 'vitest';
import { packageIgnore } from '../../../electron/package-ignore';

describe('packageIgnore', () => {
  it('ships the Vite output, package.json and better-sqlite3 with its runtime requires', () => {
    for (const file of [
      '/.vite',
      '/.vite/build/main.cjs',
      '/.vite/renderer/main_window/index.html',
      '/package.json',
      '/node_modules',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/better-sqlite3/build',
      '/node_modules/better-sqlite3/build/Release',
      '/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      '/node_modules/bindings/bindings.js',
      '/node_modules/file-uri-to-path/index.js',
    ]) {
      expect(packageIgnore(file), file).toBe(false);
    }
  });

  it('leaves out sources, tests, other modules and native build leftovers', () => {
    for (const file of [
      '/core/api/contract.ts',
      '/tests/e2e/app-smoke.e2e.ts',
      '/node_modules/react/index.js',
      '/node_modules/electron/index.js',
      '/node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      '/node_modules/better-sqlite3/src/better_sqlite3.cpp',
      '/node_modules/better-sqlite3/build/Release/obj.target/better_sqlite3.o',
    ]) {
      expect(packageIgnore(file), file).toBe(true);
    }
  });
});
