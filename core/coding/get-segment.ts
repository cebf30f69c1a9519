import type { Ctx } from '../context';
import type { ReviewState } from '../review/review-state';
import { listCoders } from './coders';
import { listSegments, type SegmentListItem } from './list-segments';
import { requireSegment } from './segment-row';

/** A segment with everything a detail panel shows: its codes, page and who coded it. */
export interface SegmentDetail extends SegmentListItem {
  coderName: string;
  /** The codes it carries, in the order of codeIds, each with its coding's review. */
  codes: {
    id: string;
    name: string;
    path: string;
    color: string;
    codingId: string;
    reviewState: ReviewState;
    reviewerName: string | null;
  }[];
}

/** The segment with this id and its codes, coder name and page; not_found if missing. */
export function getSegment(ctx: Ctx, id: string): SegmentDetail {
  const [item] = listSegments(ctx, { segmentId: id });
  if (item === undefined) requireSegment(ctx, id);
  if (item === undefined) throw new Error(`Segment ${id} has no document`);
  const coder = listCoders(ctx.db).find((c) => c.id === item.coderId);
  const colors = ctx.db.$client
    .prepare('select id, name, color from codes where id in (select value from json_each(?))')
    .all(JSON.stringify(item.codeIds)) as { id: string; name: string; color: string }[];
  const byId = new Map(colors.map((c) => [c.id, c]));
  const reviews = new Map(
    (
      ctx.db.$client
        .prepare(
          `select g.code_id, g.id, g.review_state, r.name as reviewer_name
             from codings g left join coders r on r.id = g.reviewed_by
            where g.segment_id = ?`,
        )
        .all(id) as {
        code_id: string;
        id: string;
        review_state: ReviewState;
        reviewer_name: string | null;
      }[]
    ).map((r) => [r.code_id, r]),
  );
  return {
    ...item,
    coderName: coder?.name ?? '',
    codes: item.codeIds.flatMap((codeId, i) => {
      const code = byId.get(codeId);
      const review = reviews.get(codeId);
      return code === undefined
        ? []
        : [
            {
              ...code,
              path: item.codePaths[i] ?? code.name,
              codingId: review?.id ?? '',
              reviewState: review?.review_state ?? 'proposed',
              reviewerName: review?.reviewer_name ?? null,
            },
          ];
    }),
  };
}
