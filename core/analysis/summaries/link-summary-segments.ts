import { and, eq, inArray } from 'drizzle-orm';
import { summarySegments } from '../../../db/schema';
import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import { inChange, type Change } from '../../events/in-change';
import { getSummary, requireSummary, type SummaryDetail } from './summary-row';

/** Links excerpts to a summary; already linked ones are skipped. */
export function linkSummarySegments(ctx: Ctx, id: string, segmentIds: string[]): SummaryDetail {
  inChange(ctx, (change) => {
    requireSummary(ctx, id);
    linkInChange(ctx, change, id, segmentIds);
  });
  return getSummary(ctx, id);
}

/** Unlinks excerpts from a summary; ones not linked are skipped. */
export function unlinkSummarySegments(ctx: Ctx, id: string, segmentIds: string[]): SummaryDetail {
  inChange(ctx, (change) => {
    requireSummary(ctx, id);
    const links = ctx.db
      .select()
      .from(summarySegments)
      .where(and(eq(summarySegments.summaryId, id), inArray(summarySegments.segmentId, segmentIds)))
      .all();
    for (const link of links) {
      ctx.db
        .delete(summarySegments)
        .where(
          and(
            eq(summarySegments.summaryId, link.summaryId),
            eq(summarySegments.segmentId, link.segmentId),
          ),
        )
        .run();
      change.record({
        action: 'summaries.unlink',
        entityType: 'summary_segment',
        entityId: `${link.summaryId}:${link.segmentId}`,
        before: link,
        after: null,
      });
    }
  });
  return getSummary(ctx, id);
}

/** Inserts the links not there yet, inside a change; a missing segment is not_found. */
export function linkInChange(
  ctx: Ctx,
  change: Change,
  summaryId: string,
  segmentIds: string[],
): void {
  const unique = [...new Set(segmentIds)];
  if (unique.length === 0) return;
  const known = new Set(
    ctx.db.$client
      .prepare('select id from segments where id in (select value from json_each(?))')
      .pluck()
      .all(JSON.stringify(unique)) as string[],
  );
  const missing = unique.find((s) => !known.has(s));
  if (missing !== undefined) {
    throw new TelaahError('not_found', `Segment not found: ${missing}`, {
      what: 'Segment',
      name: missing,
    });
  }
  const linked = new Set(
    ctx.db
      .select({ segmentId: summarySegments.segmentId })
      .from(summarySegments)
      .where(eq(summarySegments.summaryId, summaryId))
      .all()
      .map((r) => r.segmentId),
  );
  for (const segmentId of unique) {
    if (linked.has(segmentId)) continue;
    const row = { summaryId, segmentId };
    ctx.db.insert(summarySegments).values(row).run();
    change.record({
      action: 'summaries.link',
      entityType: 'summary_segment',
      entityId: `${summaryId}:${segmentId}`,
      before: null,
      after: row,
    });
  }
}
