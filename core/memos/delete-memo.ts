import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { memos } from '../../db/schema';
import { inChange } from '../events/in-change';
import { requireMemo } from './memo-row';

/** Deletes a memo; undo brings it back. */
export function deleteMemo(ctx: Ctx, id: string): void {
  inChange(ctx, (change) => {
    const before = requireMemo(ctx, id);
    ctx.db.delete(memos).where(eq(memos.id, id)).run();
    change.record({
      action: 'memos.delete',
      entityType: 'memo',
      entityId: id,
      before,
      after: null,
    });
  });
}
