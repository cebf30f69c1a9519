import type { Ctx } from '../context';
import type { DocumentSegmentSpans, SegmentSpanRow } from '../text/segment-spans';

type RawRow = [
  id: string,
  start: number,
  end: number,
  coderId: string,
  createdAt: number,
  updatedAt: number,
  codeIds: string | null,
];

/**
 * A document's segments as compact spans, in text order: what the document view draws. Coder
 * and code ids are sent once each and referred to by index.
 */
export function listSegmentSpans(ctx: Ctx, documentId: string): DocumentSegmentSpans {
  const raw = ctx.db.$client
    .prepare(
      `select s.id, s.start, s."end", s.coder_id, s.created_at, s.updated_at,
              (select group_concat(c.code_id) from codings c where c.segment_id = s.id)
         from segments s
        where s.document_id = ?
        order by s.start, s."end", s.id`,
    )
    .raw(true)
    .all(documentId) as RawRow[];
  const coderIds: string[] = [];
  const codeIds: string[] = [];
  const coderIndex = new Map<string, number>();
  const codeIndex = new Map<string, number>();
  const indexOf = (id: string, index: Map<string, number>, list: string[]): number => {
    let at = index.get(id);
    if (at === undefined) {
      at = list.length;
      list.push(id);
      index.set(id, at);
    }
    return at;
  };
  const rows = raw.map((r): SegmentSpanRow => {
    const codes = (r[6] ?? '').split(',').filter((id) => id !== '');
    return [
      r[0],
      r[1],
      r[2],
      indexOf(r[3], coderIndex, coderIds),
      r[4],
      r[5],
      ...codes.map((id) => indexOf(id, codeIndex, codeIds)),
    ];
  });
  return { documentId, coderIds, codeIds, rows };
}
