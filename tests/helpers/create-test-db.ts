import { defaultMigrationsFolder } from '../../db/default-migrations-folder';
import { openDatabase } from '../../db/open-database';
import { ensureCoder } from '../../core/coding/coders';
import type { Ctx } from '../../core/context';

/** 2026-01-01T00:00:00.000Z, the first tick of every test clock. */
export const TEST_EPOCH = Date.UTC(2026, 0, 1);

/** A deterministic clock (one second per call) and UUID-shaped counter ids. */
export function testDeps(): { now: () => number; newId: () => string } {
  let ticks = 0;
  let ids = 0;
  return {
    now: () => TEST_EPOCH + 1000 * ticks++,
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  };
}

/** An in-memory project with the real migrations and one coder, "tester", as the current coder. */
export function createTestDb(): Ctx {
  const db = openDatabase({ file: ':memory:', migrationsFolder: defaultMigrationsFolder });
  const deps = testDeps();
  const coder = ensureCoder(db, deps, 'tester');
  return { db, ...deps, coderId: coder.id };
}
