import type { Ctx } from '../context';

/** How many pairs of overlapping segments carry code A and code B (A < B by id). */
export interface CooccurrenceCell {
  codeA: string;
  codeB: string;
  count: number;
}

/**
 * Code co-occurrence by overlap: two codings co-occur when they are on the same segment or on
 * segments of one document whose ranges overlap (a.start < b.end and b.start < a.end).
 */
export function codeCooccurrence(ctx: Ctx): CooccurrenceCell[] {
  return ctx.db.$client
    .prepare(
      `select min(ca.code_id, cb.code_id) as codeA, max(ca.code_id, cb.code_id) as codeB, count(*) as count
         from segments a
         join segments b on b.document_id = a.document_id and b.start < a."end" and a.start < b."end"
         join codings ca on ca.segment_id = a.id
         join codings cb on cb.segment_id = b.id
        where (a.id < b.id and ca.code_id <> cb.code_id) or (a.id = b.id and ca.code_id < cb.code_id)
        group by 1, 2`,
    )
    .all() as CooccurrenceCell[];
}
