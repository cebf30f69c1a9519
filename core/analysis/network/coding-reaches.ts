import type { Ctx } from '../../context';
import type { CodingColumns } from './coding-columns';
import type { Proximity } from './cooccurrence-options';
import { blockAt, paragraphStarts } from './paragraph-bounds';

/**
 * How far each coding reaches under a proximity, as a half-open range [lo, hi): two codings of
 * one document co-occur when their reaches overlap. Overlap and near reach over characters (near
 * widened by N + 1 past the end: offsets are integers, so that takes in codings at most N
 * characters away); paragraph reaches over block numbers, so codings touching one paragraph
 * meet even where a paragraph is empty. `lo` keeps the columns' start order in every mode.
 */
export interface CodingReaches {
  lo: Float64Array;
  hi: Float64Array;
}

export function codingReaches(
  ctx: Ctx,
  columns: CodingColumns,
  proximity: Proximity,
): CodingReaches {
  const { length, start, end } = columns;
  const lo = new Float64Array(length);
  const hi = new Float64Array(length);
  if (proximity.mode !== 'paragraph') {
    const widen = proximity.mode === 'near' ? proximity.chars + 1 : 0;
    for (let i = 0; i < length; i++) {
      lo[i] = start[i] ?? 0;
      hi[i] = (end[i] ?? 0) + widen;
    }
    return { lo, hi };
  }
  const blocks = loadParagraphStarts(ctx, columns.documentIds);
  let from = 0;
  columns.documentIds.forEach((documentId, d) => {
    const starts = blocks.get(documentId) ?? [0];
    const to = columns.documentEnd[d] ?? from;
    for (let i = from; i < to; i++) {
      const s = start[i] ?? 0;
      lo[i] = blockAt(starts, s);
      hi[i] = blockAt(starts, Math.max(s, (end[i] ?? 0) - 1)) + 1;
    }
    from = to;
  });
  return { lo, hi };
}

function loadParagraphStarts(ctx: Ctx, documentIds: readonly string[]): Map<string, number[]> {
  const rows = ctx.db.$client
    .prepare('select id, text from documents where id in (select value from json_each(?))')
    .raw(true)
    .all(JSON.stringify(documentIds)) as [string, string][];
  return new Map(rows.map(([id, text]) => [id, paragraphStarts(text)]));
}
