import type { Ctx } from '../../context';

/** Saves of one summary by one coder closer together than this share one undo step. */
export const SUMMARY_COALESCE_MS = 2000;

/**
 * The event group a summary save joins: the log's newest event's group when that event is an
 * update of the same summary by the same coder at most two seconds ago, so a burst of typing
 * (saved as the user types) is one undo step; otherwise null, for a new group.
 */
export function summaryBurstGroup(ctx: Ctx, summaryId: string, now: number): string | null {
  const last = ctx.db.$client
    .prepare(
      `select group_id as groupId, action, entity_id as entityId, coder_id as coderId, at
         from events order by seq desc limit 1`,
    )
    .get() as
    | { groupId: string; action: string; entityId: string; coderId: string | null; at: number }
    | undefined;
  if (last === undefined) return null;
  const sameBurst =
    last.action === 'summaries.update' &&
    last.entityId === summaryId &&
    last.coderId === (ctx.coderId === '' ? null : ctx.coderId) &&
    now - last.at <= SUMMARY_COALESCE_MS;
  return sameBurst ? last.groupId : null;
}
