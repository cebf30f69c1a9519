import type { Ctx } from '../../context';
import type { CodingFilter } from './cooccurrence-options';

/** A coding as the co-occurrence sweep needs it. */
export interface CodingSpan {
  segmentId: string;
  codeId: string;
  documentId: string;
  start: number;
  end: number;
}

/** The codings the filter selects, each with its segment's range. */
export function loadCodings(ctx: Ctx, filter: CodingFilter): CodingSpan[] {
  const where: string[] = [];
  const params: string[] = [];
  const within = (column: string, ids: string[] | undefined): void => {
    if (ids === undefined || ids.length === 0) return;
    where.push(`${column} in (select value from json_each(?))`);
    params.push(JSON.stringify(ids));
  };
  within('c.code_id', filter.codeIds);
  within('c.document_id', filter.documentIds);
  within('c.coder_id', filter.coderIds);
  if (filter.caseIds !== undefined && filter.caseIds.length > 0) {
    where.push(
      'c.document_id in (select document_id from case_documents where case_id in (select value from json_each(?)))',
    );
    params.push(JSON.stringify(filter.caseIds));
  }
  // Raw arrays: 100,000 named-column objects cost more than the sweep itself.
  const rows = ctx.db.$client
    .prepare(
      `select c.segment_id, c.code_id, c.document_id, s.start, s."end"
         from codings c join segments s on s.id = c.segment_id
        ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`,
    )
    .raw(true)
    .all(...params) as [string, string, string, number, number][];
  return rows.map(([segmentId, codeId, documentId, start, end]) => ({
    segmentId,
    codeId,
    documentId,
    start,
    end,
  }));
}
