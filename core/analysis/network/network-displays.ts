import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { displays } from '../../../db/schema';
import { TelaahError } from '../../errors';
import { inChange } from '../../events/in-change';
import { NETWORK_DISPLAY_KINDS, type NetworkDisplaySpec } from './display-config';

type DisplayRow = typeof displays.$inferSelect;

/** A saved co-occurrence table, network or chart. */
export type NetworkDisplay = NetworkDisplaySpec & {
  id: string;
  name: string;
  authorId: string;
  createdAt: number;
  updatedAt: number;
};

/** Saved displays of this feature, newest first. */
export function listNetworkDisplays(ctx: Ctx): NetworkDisplay[] {
  return ctx.db
    .select()
    .from(displays)
    .where(inArray(displays.kind, [...NETWORK_DISPLAY_KINDS]))
    .all()
    .sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name))
    .map(toDisplay);
}

/** The saved display with this id, or not_found. */
export function getNetworkDisplay(ctx: Ctx, id: string): NetworkDisplay {
  return toDisplay(requireRow(ctx, id));
}

/** Saves a new display, or replaces the name and settings of an existing one (one undo step). */
export function saveNetworkDisplay(
  ctx: Ctx,
  input: NetworkDisplaySpec & { id?: string; name: string },
): NetworkDisplay {
  const name = input.name.trim();
  if (name === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a display needs a name.', {
      detail: 'name',
    });
  }
  return inChange(ctx, (change) => {
    const at = ctx.now();
    const config = JSON.stringify(input.config);
    if (input.id !== undefined) {
      const before = requireRow(ctx, input.id);
      if (before.kind !== input.kind) {
        throw new TelaahError('conflict', `Conflict: the display is a ${before.kind}.`, {
          detail: before.kind,
        });
      }
      const after: DisplayRow = { ...before, name, config, updatedAt: at };
      ctx.db.update(displays).set(after).where(eq(displays.id, before.id)).run();
      change.record({
        action: 'displays.update',
        entityType: 'display',
        entityId: before.id,
        before,
        after,
      });
      return toDisplay(after);
    }
    const row: DisplayRow = {
      id: ctx.newId(),
      kind: input.kind,
      name,
      template: null,
      config,
      authorId: ctx.coderId,
      createdAt: at,
      updatedAt: at,
    };
    ctx.db.insert(displays).values(row).run();
    change.record({
      action: 'displays.create',
      entityType: 'display',
      entityId: row.id,
      before: null,
      after: row,
    });
    return toDisplay(row);
  });
}

/** Deletes a saved display of this feature; undo brings it back. */
export function deleteNetworkDisplay(ctx: Ctx, id: string): void {
  inChange(ctx, (change) => {
    const before = requireRow(ctx, id);
    ctx.db.delete(displays).where(eq(displays.id, id)).run();
    change.record({
      action: 'displays.delete',
      entityType: 'display',
      entityId: id,
      before,
      after: null,
    });
  });
}

function requireRow(ctx: Ctx, id: string): DisplayRow {
  const row = ctx.db
    .select()
    .from(displays)
    .where(and(eq(displays.id, id), inArray(displays.kind, [...NETWORK_DISPLAY_KINDS])))
    .get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Display not found: ${id}`, { what: 'Display', name: id });
  }
  return row;
}

function toDisplay(row: DisplayRow): NetworkDisplay {
  return {
    id: row.id,
    name: row.name,
    authorId: row.authorId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...({ kind: row.kind, config: JSON.parse(row.config) as unknown } as NetworkDisplaySpec),
  };
}
