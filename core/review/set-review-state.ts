import { eq, inArray } from 'drizzle-orm';
import { coders, codings } from '../../db/schema';
import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import type { ReviewState } from './review-state';

export interface ReviewDecision {
  codingId: string;
  reviewState: ReviewState;
  reviewedBy: string | null;
  reviewedAt: number | null;
}

/**
 * Sets the review state of codings, as the current coder, who must have the reviewer role.
 * Back to `proposed` clears the reviewer. One change: one undo reverts every coding in it.
 */
export function setReviewState(
  ctx: Ctx,
  codingIds: readonly string[],
  state: ReviewState,
): ReviewDecision[] {
  const reviewer = ctx.db.select().from(coders).where(eq(coders.id, ctx.coderId)).get();
  if (reviewer?.role !== 'reviewer') {
    throw new TelaahError(
      'review_not_reviewer',
      `Only a coder with the reviewer role can accept or reject codings. Make “${reviewer?.name ?? ctx.coderId}” a reviewer first.`,
      { coder: reviewer?.name ?? ctx.coderId },
    );
  }
  const unique = [...new Set(codingIds)];
  return inChange(ctx, (change) => {
    const rows = ctx.db.select().from(codings).where(inArray(codings.id, unique)).all();
    const found = new Map(rows.map((r) => [r.id, r]));
    const missing = unique.find((id) => !found.has(id));
    if (missing !== undefined) {
      throw new TelaahError('not_found', `Coding not found: ${missing}`, {
        what: 'Coding',
        name: missing,
      });
    }
    const at = ctx.now();
    return unique.map((id) => {
      const before = found.get(id);
      if (before === undefined) throw new Error(`Coding ${id} vanished`);
      const decided = state === 'proposed';
      const patch = {
        reviewState: state,
        reviewedBy: decided ? null : ctx.coderId,
        reviewedAt: decided ? null : at,
      };
      if (before.reviewState !== state || before.reviewedBy !== patch.reviewedBy) {
        ctx.db.update(codings).set(patch).where(eq(codings.id, id)).run();
        change.record({
          action: 'review.setState',
          entityType: 'coding',
          entityId: id,
          before,
          after: { ...before, ...patch },
        });
      }
      return { codingId: id, ...patch };
    });
  });
}
