import { and, eq, max } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { conclusionEvidence, conclusions, conclusionTactics } from '../../../db/schema';
import { inChange } from '../../events/in-change';
import { checkClaim, requireConclusion, type ConclusionRow } from './conclusion-row';
import type { ConclusionStatus } from './tactics';

export interface ConclusionFields {
  claim: string;
  status: ConclusionStatus;
  rivalExplanations: string;
  note: string;
}

/** Adds a claim to the end of the ledger, tentative unless said otherwise. */
export function createConclusion(
  ctx: Ctx,
  input: Pick<ConclusionFields, 'claim'> & Partial<ConclusionFields>,
): ConclusionRow {
  const claim = checkClaim(input.claim);
  return inChange(ctx, (change) => {
    const at = ctx.now();
    const last = ctx.db
      .select({ value: max(conclusions.sortOrder) })
      .from(conclusions)
      .get();
    const row: ConclusionRow = {
      id: ctx.newId(),
      claim,
      status: input.status ?? 'tentative',
      rivalExplanations: input.rivalExplanations ?? '',
      note: input.note ?? '',
      sortOrder: (last?.value ?? -1) + 1,
      authorId: ctx.coderId,
      createdAt: at,
      updatedAt: at,
    };
    ctx.db.insert(conclusions).values(row).run();
    change.record({
      action: 'conclusions.create',
      entityType: 'conclusion',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** Changes a claim's text, status, rival explanations or note. */
export function updateConclusion(
  ctx: Ctx,
  id: string,
  patch: Partial<ConclusionFields>,
): ConclusionRow {
  const before = requireConclusion(ctx, id);
  const after: ConclusionRow = {
    ...before,
    ...(patch.claim === undefined ? {} : { claim: checkClaim(patch.claim) }),
    ...(patch.status === undefined ? {} : { status: patch.status }),
    ...(patch.rivalExplanations === undefined
      ? {}
      : { rivalExplanations: patch.rivalExplanations }),
    ...(patch.note === undefined ? {} : { note: patch.note }),
  };
  const same =
    after.claim === before.claim &&
    after.status === before.status &&
    after.rivalExplanations === before.rivalExplanations &&
    after.note === before.note;
  if (same) return before;
  return inChange(ctx, (change) => {
    const row = { ...after, updatedAt: ctx.now() };
    ctx.db.update(conclusions).set(row).where(eq(conclusions.id, id)).run();
    change.record({
      action: 'conclusions.update',
      entityType: 'conclusion',
      entityId: id,
      before,
      after: row,
    });
    return row;
  });
}

/** Deletes a claim with its evidence links and tactics, as one undoable step. */
export function deleteConclusion(ctx: Ctx, id: string): void {
  const before = requireConclusion(ctx, id);
  inChange(ctx, (change) => {
    const evidence = ctx.db
      .select()
      .from(conclusionEvidence)
      .where(eq(conclusionEvidence.conclusionId, id))
      .all();
    for (const row of evidence) {
      ctx.db
        .delete(conclusionEvidence)
        .where(
          and(
            eq(conclusionEvidence.conclusionId, id),
            eq(conclusionEvidence.segmentId, row.segmentId),
          ),
        )
        .run();
      change.record({
        action: 'conclusions.delete',
        entityType: 'conclusion_evidence',
        entityId: `${id}:${row.segmentId}`,
        before: row,
        after: null,
      });
    }
    const tactics = ctx.db
      .select()
      .from(conclusionTactics)
      .where(eq(conclusionTactics.conclusionId, id))
      .all();
    for (const row of tactics) {
      ctx.db
        .delete(conclusionTactics)
        .where(
          and(eq(conclusionTactics.conclusionId, id), eq(conclusionTactics.tactic, row.tactic)),
        )
        .run();
      change.record({
        action: 'conclusions.delete',
        entityType: 'conclusion_tactic',
        entityId: `${id}:${row.tactic}`,
        before: row,
        after: null,
      });
    }
    ctx.db.delete(conclusions).where(eq(conclusions.id, id)).run();
    change.record({
      action: 'conclusions.delete',
      entityType: 'conclusion',
      entityId: id,
      before,
      after: null,
    });
  });
}
