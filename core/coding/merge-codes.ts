import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../context';
import { codes, codings } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange, type Change } from '../events/in-change';
import { nextSortOrder, requireCode, subtreeIds } from './code-row';
import type { Coding } from './segment-row';

/** What a merge did. */
export interface MergeResult {
  targetId: string;
  /** Codings re-pointed to the target. */
  movedCodings: number;
  /** Codings dropped because their segment already had the target code. */
  droppedDuplicates: number;
  /** Codes merged away (sources and same-named sub-codes). */
  mergedCodes: number;
}

/**
 * Merges codes into `targetId` as one action: their codings move to the target (a segment never
 * carries the target twice), their sub-codes move under it (merging into a same-named sub-code
 * when the target has one), and the sources are deleted.
 */
export function mergeCodes(ctx: Ctx, sourceIds: string[], targetId: string): MergeResult {
  return inChange(ctx, (change) => {
    requireCode(ctx, targetId);
    const sources = [...new Set(sourceIds)];
    if (sources.length === 0 || sources.includes(targetId)) {
      throw new TelaahError(
        'invalid_input',
        'Invalid input: choose codes to merge other than the target.',
        {
          detail: 'sourceIds',
        },
      );
    }
    for (const id of sources) {
      requireCode(ctx, id);
      if (subtreeIds(ctx, id).includes(targetId)) {
        throw new TelaahError('code_cycle', 'A code cannot be merged into its own sub-code.');
      }
    }
    const result: MergeResult = { targetId, movedCodings: 0, droppedDuplicates: 0, mergedCodes: 0 };
    for (const id of sources) mergeInto(ctx, change, id, targetId, result);
    return result;
  });
}

function mergeInto(
  ctx: Ctx,
  change: Change,
  sourceId: string,
  targetId: string,
  result: MergeResult,
): void {
  const source = ctx.db.select().from(codes).where(eq(codes.id, sourceId)).get();
  if (source === undefined) return; // already merged as a sub-code of another source
  const duplicates = ctx.db.$client
    .prepare(
      `select id, segment_id as segmentId, code_id as codeId, document_id as documentId,
              coder_id as coderId, created_at as createdAt
         from codings where code_id = ? and segment_id in (select segment_id from codings where code_id = ?)`,
    )
    .all(sourceId, targetId) as Coding[];
  for (const coding of duplicates) {
    ctx.db.delete(codings).where(eq(codings.id, coding.id)).run();
    change.record({
      action: 'codes.merge',
      entityType: 'coding',
      entityId: coding.id,
      before: coding,
      after: null,
    });
  }
  const moving = ctx.db.select().from(codings).where(eq(codings.codeId, sourceId)).all();
  ctx.db.update(codings).set({ codeId: targetId }).where(eq(codings.codeId, sourceId)).run();
  for (const coding of moving) {
    change.record({
      action: 'codes.merge',
      entityType: 'coding',
      entityId: coding.id,
      before: coding,
      after: { ...coding, codeId: targetId },
    });
  }
  result.droppedDuplicates += duplicates.length;
  result.movedCodings += moving.length;
  for (const child of ctx.db.select().from(codes).where(eq(codes.parentId, sourceId)).all()) {
    const twin = ctx.db
      .select({ id: codes.id })
      .from(codes)
      .where(sql`${codes.parentId} = ${targetId} and ${codes.name} = ${child.name} collate nocase`)
      .get();
    if (twin !== undefined) {
      mergeInto(ctx, change, child.id, twin.id, result);
      continue;
    }
    const after = {
      ...child,
      parentId: targetId,
      sortOrder: nextSortOrder(ctx, targetId),
      updatedAt: ctx.now(),
    };
    ctx.db.update(codes).set(after).where(eq(codes.id, child.id)).run();
    change.record({
      action: 'codes.move',
      entityType: 'code',
      entityId: child.id,
      before: child,
      after,
    });
  }
  ctx.db.delete(codes).where(eq(codes.id, sourceId)).run();
  change.record({
    action: 'codes.merge',
    entityType: 'code',
    entityId: sourceId,
    before: source,
    after: null,
  });
  result.mergedCodes += 1;
}
