import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import type { Change } from '../events/in-change';
import type { EventRecord } from '../events/list-events';
import { ENTITY_TABLES, type EntityTable } from './entity-tables';

type Row = Record<string, unknown>;

/**
 * Moves one recorded row from `from` to `to` (undo: after → before; redo: before → after):
 * null `to` deletes it, null `from` inserts it, otherwise it is updated. Refuses with conflict
 * if the row is no longer as the event left it, so undo never overwrites unrecorded work.
 */
export function revertEvent(
  ctx: Ctx,
  change: Change,
  event: EventRecord,
  direction: 'undo' | 'redo',
): void {
  const entity = ENTITY_TABLES[event.entityType];
  const from = (direction === 'undo' ? event.after : event.before) as Row | null;
  const to = (direction === 'undo' ? event.before : event.after) as Row | null;
  const keyRow = from ?? to;
  if (
    entity === undefined ||
    keyRow === null ||
    (to !== null && from === null && !entity.restorable)
  ) {
    throw cannot(direction);
  }
  const current = ctx.db.select().from(entity.table).where(entity.key(keyRow)).get();
  if (!matches(current, from)) throw cannot(direction);
  writeRow(ctx, entity, keyRow, from, to);
  change.record({
    action: direction === 'undo' ? 'history.undo' : 'history.redo',
    entityType: event.entityType,
    entityId: event.entityId,
    before: from,
    after: to,
  });
}

/** Deletes, inserts or updates the row so that it becomes `to`. */
function writeRow(ctx: Ctx, entity: EntityTable, keyRow: Row, from: Row | null, to: Row | null) {
  if (to === null) {
    ctx.db.delete(entity.table).where(entity.key(keyRow)).run();
  } else if (from === null) {
    ctx.db
      .insert(entity.table)
      .values(to as never)
      .run();
  } else {
    ctx.db.update(entity.table).set(to).where(entity.key(keyRow)).run();
  }
}

/** Whether the stored row is what the event left (absent for null; recorded fields only). */
function matches(current: Row | undefined, expected: Row | null): boolean {
  if (expected === null) return current === undefined;
  if (current === undefined) return false;
  return Object.entries(expected).every(
    ([key, value]) => JSON.stringify(current[key]) === JSON.stringify(value),
  );
}

function cannot(direction: 'undo' | 'redo'): TelaahError {
  return new TelaahError(
    'conflict',
    `Cannot do that: the project has changed in a way this ${direction} cannot follow.`,
    { detail: `the project has changed in a way this ${direction} cannot follow` },
  );
}
