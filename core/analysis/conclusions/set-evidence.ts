import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { conclusionEvidence } from '../../../db/schema';
import { requireSegment } from '../../coding/segment-row';
import { inChange, type Change } from '../../events/in-change';
import { requireConclusion, type EvidenceRow } from './conclusion-row';
import type { EvidenceRole } from './tactics';

const keyOf = (conclusionId: string, segmentId: string) =>
  and(
    eq(conclusionEvidence.conclusionId, conclusionId),
    eq(conclusionEvidence.segmentId, segmentId),
  );

/**
 * Links excerpts to a claim in a role (supporting, negative, dismissed), or moves them to that
 * role when already linked. One undoable step; returns the links as they now are.
 */
export function setEvidence(
  ctx: Ctx,
  input: { conclusionId: string; segmentIds: string[]; role: EvidenceRole; note?: string },
): EvidenceRow[] {
  requireConclusion(ctx, input.conclusionId);
  for (const segmentId of input.segmentIds) requireSegment(ctx, segmentId);
  return inChange(ctx, (change) =>
    [...new Set(input.segmentIds)].map((segmentId) =>
      setEvidenceIn(ctx, change, input.conclusionId, segmentId, input.role, input.note),
    ),
  );
}

/** setEvidence's work for one excerpt, inside a change. */
export function setEvidenceIn(
  ctx: Ctx,
  change: Change,
  conclusionId: string,
  segmentId: string,
  role: EvidenceRole,
  note?: string,
): EvidenceRow {
  const before = ctx.db
    .select()
    .from(conclusionEvidence)
    .where(keyOf(conclusionId, segmentId))
    .get();
  const entityId = `${conclusionId}:${segmentId}`;
  if (before === undefined) {
    const row: EvidenceRow = {
      conclusionId,
      segmentId,
      role,
      note: note ?? '',
      addedBy: ctx.coderId,
      addedAt: ctx.now(),
    };
    ctx.db.insert(conclusionEvidence).values(row).run();
    change.record({
      action: 'conclusions.addEvidence',
      entityType: 'conclusion_evidence',
      entityId,
      before: null,
      after: row,
    });
    return row;
  }
  const after: EvidenceRow = { ...before, role, note: note ?? before.note };
  if (after.role === before.role && after.note === before.note) return before;
  ctx.db.update(conclusionEvidence).set(after).where(keyOf(conclusionId, segmentId)).run();
  change.record({
    action: 'conclusions.setEvidence',
    entityType: 'conclusion_evidence',
    entityId,
    before,
    after,
  });
  return after;
}

/** Unlinks an excerpt from a claim (the excerpt and its codings stay). */
export function removeEvidence(ctx: Ctx, conclusionId: string, segmentId: string): void {
  const before = ctx.db
    .select()
    .from(conclusionEvidence)
    .where(keyOf(conclusionId, segmentId))
    .get();
  if (before === undefined) return;
  inChange(ctx, (change) => {
    ctx.db.delete(conclusionEvidence).where(keyOf(conclusionId, segmentId)).run();
    change.record({
      action: 'conclusions.removeEvidence',
      entityType: 'conclusion_evidence',
      entityId: `${conclusionId}:${segmentId}`,
      before,
      after: null,
    });
  });
}
