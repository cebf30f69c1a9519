import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { codings, segments } from '../../db/schema';
import { TelaahError } from '../errors';
import type { Change } from '../events/in-change';

/** A segment as stored. */
export type Segment = typeof segments.$inferSelect;
/** A coding as stored. */
export type Coding = typeof codings.$inferSelect;

/** The segment with this id, or not_found. */
export function requireSegment(ctx: Ctx, id: string): Segment {
  const row = ctx.db.select().from(segments).where(eq(segments.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Segment not found: ${id}`, { what: 'Segment', name: id });
  }
  return row;
}

/** Code ids of a segment's codings. */
export function segmentCodeIds(ctx: Ctx, segmentId: string): string[] {
  return ctx.db
    .select({ codeId: codings.codeId })
    .from(codings)
    .where(eq(codings.segmentId, segmentId))
    .all()
    .map((r) => r.codeId);
}

/** Adds one coding of `codeId` to a segment and records it. */
export function insertCoding(ctx: Ctx, change: Change, segment: Segment, codeId: string): Coding {
  const row: Coding = {
    id: ctx.newId(),
    segmentId: segment.id,
    codeId,
    documentId: segment.documentId,
    coderId: ctx.coderId,
    createdAt: ctx.now(),
    reviewState: 'proposed',
    reviewedBy: null,
    reviewedAt: null,
  };
  ctx.db.insert(codings).values(row).run();
  change.record({
    action: 'segments.code',
    entityType: 'coding',
    entityId: row.id,
    before: null,
    after: row,
  });
  return row;
}

/** Records a coding that goes, so undo can restore it. */
function recordUncode(change: Change, coding: Coding): void {
  change.record({
    action: 'segments.uncode',
    entityType: 'coding',
    entityId: coding.id,
    before: coding,
    after: null,
  });
}

/** Deletes one coding and records it. */
export function removeCoding(ctx: Ctx, change: Change, coding: Coding): void {
  ctx.db.delete(codings).where(eq(codings.id, coding.id)).run();
  recordUncode(change, coding);
}

/** Deletes a segment (its codings cascade) and records every row that goes. */
export function removeSegment(ctx: Ctx, change: Change, segment: Segment): void {
  const gone = ctx.db.select().from(codings).where(eq(codings.segmentId, segment.id)).all();
  for (const coding of gone) recordUncode(change, coding);
  ctx.db.delete(segments).where(eq(segments.id, segment.id)).run();
  change.record({
    action: 'segments.delete',
    entityType: 'segment',
    entityId: segment.id,
    before: segment,
    after: null,
  });
}
