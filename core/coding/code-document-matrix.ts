import type { Ctx } from '../context';

/** How many codings of one code fall in one document. */
export interface MatrixCell {
  documentId: string;
  codeId: string;
  count: number;
}

/** The document × code table of coding counts; cells with zero are left out. */
export function codeDocumentMatrix(ctx: Ctx): MatrixCell[] {
  return ctx.db.$client
    .prepare(
      `select document_id as documentId, code_id as codeId, count(*) as count
         from codings group by document_id, code_id`,
    )
    .all() as MatrixCell[];
}
