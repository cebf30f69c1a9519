import { asc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../context';
import { codes } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange, type Change } from '../events/in-change';
import { checkCodeName, requireCode, subtreeIds, type Code } from './code-row';

/**
 * Moves a code (with its sub-codes) under `parentId` (null for the top level) at position
 * `index` among its new siblings. Moving a code into its own subtree is refused (code_cycle).
 */
export function moveCode(ctx: Ctx, id: string, parentId: string | null, index: number): Code {
  return inChange(ctx, (change) => {
    const before = requireCode(ctx, id);
    if (parentId !== null) {
      requireCode(ctx, parentId);
      if (subtreeIds(ctx, id).includes(parentId)) {
        throw new TelaahError('code_cycle', 'A code cannot be moved into its own sub-code.');
      }
    }
    if (parentId !== before.parentId) checkCodeName(ctx, parentId, before.name, id);
    const moved: Code = { ...before, parentId, updatedAt: ctx.now() };
    ctx.db
      .update(codes)
      .set({ parentId, updatedAt: moved.updatedAt })
      .where(eq(codes.id, id))
      .run();
    const siblings = siblingsOf(ctx, parentId).filter((c) => c.id !== id);
    const at = Math.max(0, Math.min(index, siblings.length));
    siblings.splice(at, 0, moved);
    writeOrder(ctx, change, siblings, id);
    const after = requireCode(ctx, id);
    change.record({ action: 'codes.move', entityType: 'code', entityId: id, before, after });
    return after;
  });
}

/** Codes under one parent, in their current order. */
export function siblingsOf(ctx: Ctx, parentId: string | null): Code[] {
  return ctx.db
    .select()
    .from(codes)
    .where(parentId === null ? isNull(codes.parentId) : eq(codes.parentId, parentId))
    .orderBy(asc(codes.sortOrder), asc(codes.name))
    .all();
}

function writeOrder(ctx: Ctx, change: Change, ordered: Code[], movedId: string): void {
  ordered.forEach((code, sortOrder) => {
    if (code.sortOrder === sortOrder && code.id !== movedId) return;
    ctx.db.update(codes).set({ sortOrder }).where(eq(codes.id, code.id)).run();
    if (code.id !== movedId) {
      change.record({
        action: 'codes.reorder',
        entityType: 'code',
        entityId: code.id,
        before: code,
        after: { ...code, sortOrder },
      });
    }
  });
}
