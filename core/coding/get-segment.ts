import type { Ctx } from '../context';
import { listCoders } from './coders';
import { listSegments, type SegmentListItem } from './list-segments';
import { requireSegment } from './segment-row';

/** A segment with everything a detail panel shows: its codes, page and who coded it. */
export interface SegmentDetail extends SegmentListItem {
  coderName: string;
  /** The codes it carries, in the order of codeIds. */
  codes: { id: string; name: string; path: string; color: string }[];
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
  return {
    ...item,
    coderName: coder?.name ?? '',
    codes: item.codeIds.flatMap((codeId, i) => {
      const code = byId.get(codeId);
      return code === undefined ? [] : [{ ...code, path: item.codePaths[i] ?? code.name }];
    }),
  };
}
