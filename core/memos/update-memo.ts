import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../context';
import { events, memos } from '../../db/schema';
import { appendEvent } from '../events/append-event';
import type { PmNode } from '../text/pm-node';
import { requireMemo, toMemo, type Memo, type MemoRow } from './memo-row';

/** Updates of one memo by one coder closer together than this share one undo step. */
export const MEMO_COALESCE_MS = 2000;

export interface MemoPatch {
  title?: string;
  bodyJson?: PmNode;
  bodyText?: string;
}

/**
 * Saves a memo's title or body. Memos save as the user types, so an update that directly
 * follows an update of the same memo by the same coder within two seconds joins that update's
 * event group: one undo reverts the whole burst of typing.
 */
export function updateMemo(ctx: Ctx, id: string, patch: MemoPatch): Memo {
  const run = ctx.db.$client.transaction(() => {
    const before = requireMemo(ctx, id);
    const after: MemoRow = {
      ...before,
      title: patch.title === undefined ? before.title : patch.title.trim(),
      bodyJson: patch.bodyJson === undefined ? before.bodyJson : JSON.stringify(patch.bodyJson),
      bodyText: patch.bodyText ?? before.bodyText,
      updatedAt: ctx.now(),
    };
    ctx.db.update(memos).set(after).where(eq(memos.id, id)).run();
    const groupId = burstGroup(ctx, id, after.updatedAt) ?? ctx.newId();
    appendEvent(ctx, groupId, {
      action: 'memos.update',
      entityType: 'memo',
      entityId: id,
      before,
      after,
    });
    return toMemo(after);
  });
  return run();
}

/** The group of the log's last event if it is a recent update of this memo by this coder. */
function burstGroup(ctx: Ctx, memoId: string, now: number): string | null {
  const last = ctx.db
    .select()
    .from(events)
    .orderBy(sql`${events.seq} desc`)
    .limit(1)
    .get();
  if (last === undefined) return null;
  const sameBurst =
    last.action === 'memos.update' &&
    last.entityId === memoId &&
    last.coderId === (ctx.coderId === '' ? null : ctx.coderId) &&
    now - last.at <= MEMO_COALESCE_MS;
  return sameBurst ? last.groupId : null;
}
