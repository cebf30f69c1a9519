import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-database';
import { coders } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import { paletteColor } from './code-palette';

/** A person who codes; every segment and coding records one. */
export type Coder = typeof coders.$inferSelect;

/**
 * The coder with this name, created (with the next palette colour) if the project has none yet.
 * Called when a project is opened for writing, before a Ctx exists.
 */
export function ensureCoder(
  db: Db,
  deps: { now: () => number; newId: () => string },
  name: string,
): Coder {
  const clean = name.trim();
  if (clean === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a coder needs a name.', {
      detail: 'coder',
    });
  }
  const existing = db.select().from(coders).where(eq(coders.name, clean)).get();
  if (existing !== undefined) return existing;
  const id = deps.newId();
  const ctx = { db, now: deps.now, newId: deps.newId, coderId: id };
  return inChange(ctx, (change) => {
    const n = db.select({ n: count() }).from(coders).get()?.n ?? 0;
    const row: Coder = {
      id,
      name: clean,
      color: paletteColor(n + 3),
      role: 'coder',
      createdAt: deps.now(),
    };
    db.insert(coders).values(row).run();
    change.record({
      action: 'coders.create',
      entityType: 'coder',
      entityId: id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** All coders, oldest first. */
export function listCoders(db: Db): Coder[] {
  return db.select().from(coders).orderBy(asc(coders.createdAt), asc(coders.name)).all();
}
