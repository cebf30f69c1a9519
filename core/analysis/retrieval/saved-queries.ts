import { asc, eq } from 'drizzle-orm';
import { savedQueries } from '../../../db/schema';
import { retrievalQuery, type RetrievalQuery } from '../../api/contracts/retrieval';
import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import { inChange } from '../../events/in-change';

type SavedQueryRow = typeof savedQueries.$inferSelect;

/** A named retrieval, its definition parsed. */
export interface SavedQuery extends Omit<SavedQueryRow, 'definition'> {
  definition: RetrievalQuery;
}

/** Saved queries by name. */
export function listSavedQueries(ctx: Ctx): SavedQuery[] {
  return ctx.db.select().from(savedQueries).orderBy(asc(savedQueries.name)).all().map(toSavedQuery);
}

/** The saved query with this id, or not_found. */
export function getSavedQuery(ctx: Ctx, id: string): SavedQuery {
  return toSavedQuery(requireSavedQuery(ctx, id));
}

/** Saves a query under a name no other saved query has (case-insensitive). */
export function createSavedQuery(
  ctx: Ctx,
  input: { name: string; definition: RetrievalQuery },
): SavedQuery {
  return inChange(ctx, (change) => {
    const name = checkName(ctx, input.name, null);
    const at = ctx.now();
    const row: SavedQueryRow = {
      id: ctx.newId(),
      name,
      definition: JSON.stringify(input.definition),
      authorId: ctx.coderId,
      createdAt: at,
      updatedAt: at,
    };
    ctx.db.insert(savedQueries).values(row).run();
    change.record({
      action: 'queries.create',
      entityType: 'saved_query',
      entityId: row.id,
      before: null,
      after: row,
    });
    return toSavedQuery(row);
  });
}

/** Renames a saved query and/or replaces its definition. */
export function updateSavedQuery(
  ctx: Ctx,
  id: string,
  patch: { name?: string | undefined; definition?: RetrievalQuery | undefined },
): SavedQuery {
  return inChange(ctx, (change) => {
    const before = requireSavedQuery(ctx, id);
    const after: SavedQueryRow = {
      ...before,
      name: patch.name === undefined ? before.name : checkName(ctx, patch.name, id),
      definition:
        patch.definition === undefined ? before.definition : JSON.stringify(patch.definition),
      updatedAt: ctx.now(),
    };
    ctx.db.update(savedQueries).set(after).where(eq(savedQueries.id, id)).run();
    change.record({
      action: 'queries.update',
      entityType: 'saved_query',
      entityId: id,
      before,
      after,
    });
    return toSavedQuery(after);
  });
}

/** Deletes a saved query; undo brings it back. */
export function deleteSavedQuery(ctx: Ctx, id: string): void {
  inChange(ctx, (change) => {
    const before = requireSavedQuery(ctx, id);
    ctx.db.delete(savedQueries).where(eq(savedQueries.id, id)).run();
    change.record({
      action: 'queries.delete',
      entityType: 'saved_query',
      entityId: id,
      before,
      after: null,
    });
  });
}

function requireSavedQuery(ctx: Ctx, id: string): SavedQueryRow {
  const row = ctx.db.select().from(savedQueries).where(eq(savedQueries.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Saved query not found: ${id}`, {
      what: 'Saved query',
      name: id,
    });
  }
  return row;
}

function checkName(ctx: Ctx, raw: string, exceptId: string | null): string {
  const name = raw.trim();
  if (name === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a saved query needs a name.', {
      detail: 'name',
    });
  }
  const clash = ctx.db.$client
    .prepare('select id from saved_queries where name = ? collate nocase and id is not ?')
    .get(name, exceptId);
  if (clash !== undefined) {
    throw new TelaahError('conflict', `Cannot do that: a query named “${name}” already exists.`, {
      detail: `a query named “${name}” already exists`,
    });
  }
  return name;
}

/** A stored row with its definition parsed; a definition that no longer parses is query_invalid. */
function toSavedQuery(row: SavedQueryRow): SavedQuery {
  const parsed = retrievalQuery.safeParse(JSON.parse(row.definition));
  if (!parsed.success) {
    throw new TelaahError('query_invalid', `The query is not valid: ${parsed.error.message}`, {
      detail: row.name,
    });
  }
  return { ...row, definition: parsed.data };
}
