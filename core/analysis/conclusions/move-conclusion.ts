import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { conclusions } from '../../../db/schema';
import { inChange } from '../../events/in-change';
import { requireConclusion, type ConclusionRow } from './conclusion-row';

/**
 * Moves a claim in the ledger to just before `beforeId` (null: to the end), the order the
 * findings report follows. The ledger is renumbered 0…n−1; every claim whose place changes is
 * recorded, so one undo puts the whole order back. Moving a claim before itself changes nothing.
 */
export function moveConclusion(ctx: Ctx, id: string, beforeId: string | null): ConclusionRow[] {
  requireConclusion(ctx, id);
  if (beforeId !== null) requireConclusion(ctx, beforeId);
  const rows = ledgerOrder(ctx);
  const moving = rows.find((r) => r.id === id) as ConclusionRow;
  if (beforeId === id) return rows;
  const rest = rows.filter((r) => r.id !== id);
  const at = beforeId === null ? rest.length : rest.findIndex((r) => r.id === beforeId);
  const order = [...rest.slice(0, at), moving, ...rest.slice(at)];
  const moved = order.some((row, i) => row.sortOrder !== i);
  if (!moved) return rows;
  return inChange(ctx, (change) =>
    order.map((before, sortOrder) => {
      if (before.sortOrder === sortOrder) return before;
      const after: ConclusionRow = { ...before, sortOrder };
      ctx.db.update(conclusions).set({ sortOrder }).where(eq(conclusions.id, before.id)).run();
      change.record({
        action: 'conclusions.move',
        entityType: 'conclusion',
        entityId: before.id,
        before,
        after,
      });
      return after;
    }),
  );
}

/** Every claim in ledger order (as `listConclusions` lists them). */
function ledgerOrder(ctx: Ctx): ConclusionRow[] {
  return ctx.db.$client
    .prepare(
      `select id, claim, status, rival_explanations as rivalExplanations, note,
              sort_order as sortOrder, author_id as authorId, created_at as createdAt,
              updated_at as updatedAt
         from conclusions order by sort_order, created_at`,
    )
    .all() as ConclusionRow[];
}
