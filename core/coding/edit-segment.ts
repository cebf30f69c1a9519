import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { codings, segments } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import { requireDocument } from '../documents/document-row';
import { anchorRange } from './anchor-range';
import { requireCodable, type CodedSegment } from './code-range';
import {
  insertCoding,
  removeCoding,
  removeSegment,
  requireSegment,
  segmentCodeIds,
} from './segment-row';

/**
 * Makes a segment carry exactly `codeIds`: missing codings are added, others removed. An empty
 * list deletes the segment and returns null.
 */
export function setSegmentCodes(
  ctx: Ctx,
  segmentId: string,
  codeIds: string[],
): CodedSegment | null {
  return inChange(ctx, (change) => {
    const segment = requireSegment(ctx, segmentId);
    const wanted = new Set(codeIds);
    if (wanted.size === 0) {
      removeSegment(ctx, change, segment);
      return null;
    }
    for (const codeId of wanted) requireCodable(ctx, codeId);
    const current = ctx.db.select().from(codings).where(eq(codings.segmentId, segmentId)).all();
    for (const coding of current) {
      if (wanted.has(coding.codeId)) continue;
      removeCoding(ctx, change, coding);
    }
    const have = new Set(current.map((c) => c.codeId));
    for (const codeId of wanted) if (!have.has(codeId)) insertCoding(ctx, change, segment, codeId);
    return { ...segment, codeIds: segmentCodeIds(ctx, segmentId) };
  });
}

/** Moves a segment's edges; the range is re-trimmed and quote, prefix and suffix re-sliced. */
export function resizeSegment(
  ctx: Ctx,
  segmentId: string,
  start: number,
  end: number,
): CodedSegment {
  return inChange(ctx, (change) => {
    const before = requireSegment(ctx, segmentId);
    const range = anchorRange(requireDocument(ctx, before.documentId).text, start, end);
    const after = { ...before, ...range, updatedAt: ctx.now() };
    ctx.db.update(segments).set(after).where(eq(segments.id, segmentId)).run();
    change.record({
      action: 'segments.resize',
      entityType: 'segment',
      entityId: segmentId,
      before,
      after,
    });
    return { ...after, codeIds: segmentCodeIds(ctx, segmentId) };
  });
}

/**
 * Removes one code from a segment; removing its last code removes the segment too.
 * Returns whether the segment was removed.
 */
export function uncode(ctx: Ctx, segmentId: string, codeId: string): { segmentDeleted: boolean } {
  return inChange(ctx, (change) => {
    const segment = requireSegment(ctx, segmentId);
    const coding = ctx.db
      .select()
      .from(codings)
      .where(and(eq(codings.segmentId, segmentId), eq(codings.codeId, codeId)))
      .get();
    if (coding === undefined) {
      throw new TelaahError('not_found', `Coding not found: ${codeId} on ${segmentId}`, {
        what: 'Coding',
        name: `${codeId} on ${segmentId}`,
      });
    }
    if (segmentCodeIds(ctx, segmentId).length === 1) {
      removeSegment(ctx, change, segment);
      return { segmentDeleted: true };
    }
    removeCoding(ctx, change, coding);
    return { segmentDeleted: false };
  });
}

/** Deletes a segment and all its codings. */
export function deleteSegment(ctx: Ctx, segmentId: string): void {
  inChange(ctx, (change) => {
    removeSegment(ctx, change, requireSegment(ctx, segmentId));
  });
}
