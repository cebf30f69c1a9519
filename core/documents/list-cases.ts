import type { Ctx } from '../context';
import type { Case } from './cases';

/** A case with the documents it groups and its values by variable name. */
export interface CaseListItem extends Case {
  documentIds: string[];
  attributes: Record<string, string>;
}

/** All cases by name, with their documents (in document order) and values. */
export function listCases(ctx: Ctx): CaseListItem[] {
  const rows = ctx.db.$client
    .prepare('select id, name, description from cases order by name collate nocase, id')
    .all() as Case[];
  const links = ctx.db.$client
    .prepare(
      `select cd.case_id as caseId, cd.document_id as documentId
         from case_documents cd join documents d on d.id = cd.document_id
        order by d.sort_order, d.title`,
    )
    .all() as { caseId: string; documentId: string }[];
  const values = ctx.db.$client
    .prepare(
      `select cv.case_id as caseId, v.name, cv.value
         from case_values cv join variables v on v.id = cv.variable_id order by v.sort_order`,
    )
    .all() as { caseId: string; name: string; value: string }[];
  return rows.map((row) => ({
    ...row,
    documentIds: links.filter((l) => l.caseId === row.id).map((l) => l.documentId),
    attributes: Object.fromEntries(
      values.filter((v) => v.caseId === row.id).map((v) => [v.name, v.value]),
    ),
  }));
}
