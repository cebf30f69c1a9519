import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { conclusionTactics } from '../../../db/schema';
import { inChange } from '../../events/in-change';
import { requireConclusion, type TacticRow } from './conclusion-row';
import type { TacticKey } from './tactics';

/** Ticks or unticks a verification tactic on a claim and keeps its note. */
export function setTactic(
  ctx: Ctx,
  input: { conclusionId: string; tactic: TacticKey; applied?: boolean; note?: string },
): TacticRow {
  requireConclusion(ctx, input.conclusionId);
  const key = and(
    eq(conclusionTactics.conclusionId, input.conclusionId),
    eq(conclusionTactics.tactic, input.tactic),
  );
  const before = ctx.db.select().from(conclusionTactics).where(key).get() ?? null;
  const applied = input.applied ?? before?.applied ?? false;
  const note = input.note ?? before?.note ?? '';
  if (before !== null && before.applied === applied && before.note === note) return before;
  return inChange(ctx, (change) => {
    const after: TacticRow = {
      conclusionId: input.conclusionId,
      tactic: input.tactic,
      applied,
      note,
      updatedAt: ctx.now(),
    };
    if (before === null) ctx.db.insert(conclusionTactics).values(after).run();
    else ctx.db.update(conclusionTactics).set(after).where(key).run();
    change.record({
      action: 'conclusions.setTactic',
      entityType: 'conclusion_tactic',
      entityId: `${input.conclusionId}:${input.tactic}`,
      before,
      after,
    });
    return after;
  });
}
