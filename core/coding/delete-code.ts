import { inArray } from 'drizzle-orm';
import type { Ctx } from '../context';
import { codes, codings } from '../../db/schema';
import { inChange } from '../events/in-change';
import { requireCode, subtreeIds } from './code-row';
import { removeSegment, requireSegment } from './segment-row';

/** What deleting a code took with it. */
export interface DeleteCodeResult {
  deletedCodes: number;
  deletedCodings: number;
  /** Segments left without any code, which are removed too. */
  deletedSegments: number;
}

/**
 * Deletes a code with its whole subtree and all their codings; segments left with no code are
 * removed. The counts let the UI say what went.
 */
export function deleteCode(ctx: Ctx, id: string): DeleteCodeResult {
  return inChange(ctx, (change) => {
    requireCode(ctx, id);
    const ids = subtreeIds(ctx, id);
    const rows = new Map(
      ctx.db
        .select()
        .from(codes)
        .where(inArray(codes.id, ids))
        .all()
        .map((c) => [c.id, c]),
    );
    // Children are recorded before their parents, so replaying backwards restores parents first.
    const doomed = [...ids].reverse().flatMap((codeId) => rows.get(codeId) ?? []);
    const gone = ctx.db.select().from(codings).where(inArray(codings.codeId, ids)).all();
    const orphanIds = orphanedSegmentIds(ctx, ids);
    for (const segmentId of orphanIds) removeSegment(ctx, change, requireSegment(ctx, segmentId));
    const remaining = ctx.db.select().from(codings).where(inArray(codings.codeId, ids)).all();
    for (const coding of remaining) {
      change.record({
        action: 'codes.delete',
        entityType: 'coding',
        entityId: coding.id,
        before: coding,
        after: null,
      });
    }
    ctx.db.delete(codes).where(inArray(codes.id, ids)).run();
    for (const code of doomed) {
      change.record({
        action: 'codes.delete',
        entityType: 'code',
        entityId: code.id,
        before: code,
        after: null,
      });
    }
    return {
      deletedCodes: doomed.length,
      deletedCodings: gone.length,
      deletedSegments: orphanIds.length,
    };
  });
}

function orphanedSegmentIds(ctx: Ctx, codeIds: string[]): string[] {
  const marks = codeIds.map(() => '?').join(', ');
  const rows = ctx.db.$client
    .prepare(
      `select distinct c.segment_id as id from codings c where c.code_id in (${marks})
         and not exists (select 1 from codings o where o.segment_id = c.segment_id and o.code_id not in (${marks}))`,
    )
    .all(...codeIds, ...codeIds) as { id: string }[];
  return rows.map((r) => r.id);
}
