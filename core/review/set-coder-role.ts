import { eq } from 'drizzle-orm';
import { coders } from '../../db/schema';
import type { Coder } from '../coding/coders';
import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import type { CoderRole } from './review-state';

/** Gives a coder a role (reviewer or coder); recorded, so undo and the audit trail see it. */
export function setCoderRole(ctx: Ctx, coderId: string, role: CoderRole): Coder {
  return inChange(ctx, (change) => {
    const before = ctx.db.select().from(coders).where(eq(coders.id, coderId)).get();
    if (before === undefined) {
      throw new TelaahError('not_found', `Coder not found: ${coderId}`, {
        what: 'Coder',
        name: coderId,
      });
    }
    if (before.role === role) return before;
    const after = { ...before, role };
    ctx.db.update(coders).set({ role }).where(eq(coders.id, coderId)).run();
    change.record({
      action: 'coders.setRole',
      entityType: 'coder',
      entityId: coderId,
      before,
      after,
    });
    return after;
  });
}
