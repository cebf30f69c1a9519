import type { Ctx } from '../../context';
import { toSummary, type Summary, type SummaryRow, type SummaryScope } from './summary-row';

export interface SummaryFilters {
  scope?: SummaryScope | undefined;
  codeId?: string | undefined;
  documentId?: string | undefined;
  caseId?: string | undefined;
}

/** Summaries matching the filters, most recently edited first, with their excerpt counts. */
export function listSummaries(ctx: Ctx, filters: SummaryFilters = {}): Summary[] {
  const where: string[] = [];
  const params: string[] = [];
  const add = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  add('scope', filters.scope);
  add('code_id', filters.codeId);
  add('document_id', filters.documentId);
  add('case_id', filters.caseId);
  const rows = ctx.db.$client
    .prepare(
      `select id, scope, code_id as codeId, document_id as documentId, case_id as caseId, title,
              body_json as bodyJson, body_text as bodyText, fields, author_id as authorId,
              created_at as createdAt, updated_at as updatedAt,
              (select count(*) from summary_segments ss where ss.summary_id = summaries.id) as n
         from summaries ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
        order by updated_at desc, id`,
    )
    .all(...params) as (SummaryRow & { n: number })[];
  return rows.map(({ n, ...row }) => toSummary(row, n));
}
