import type { Ctx } from '../../context';
import { compareSortValues, type SortValue } from './order-rows';

/**
 * Each row's value of a variable, typed for sorting: a document's own value, a case's own value,
 * or for rows of several documents (cases, attribute groups) the smallest value among them.
 */
export function attributeSortValues(
  ctx: Ctx,
  variableId: string,
  rows: readonly { key: string; label: string; documentIds: string[] }[],
): SortValue[] {
  const db = ctx.db.$client;
  const variable = db.prepare('select type, scope from variables where id = ?').get(variableId) as
    { type: string; scope: 'document' | 'case' } | undefined;
  if (variable === undefined) return rows.map(() => null);
  const typed = (value: string): SortValue => {
    if (variable.type !== 'number') return value;
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  };
  const byDocument = new Map<string, string[]>();
  const byCase = new Map<string, string>();
  if (variable.scope === 'document') {
    for (const [documentId, value] of db
      .prepare('select document_id, value from document_values where variable_id = ?')
      .raw(true)
      .all(variableId) as [string, string][]) {
      byDocument.set(documentId, [value]);
    }
  } else {
    for (const [caseId, value] of db
      .prepare('select case_id, value from case_values where variable_id = ?')
      .raw(true)
      .all(variableId) as [string, string][]) {
      byCase.set(caseId, value);
    }
    for (const [caseId, documentId] of db
      .prepare('select case_id, document_id from case_documents')
      .raw(true)
      .all() as [string, string][]) {
      const value = byCase.get(caseId);
      if (value !== undefined)
        byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), value]);
    }
  }
  return rows.map((row) => {
    if (row.key.startsWith('case:') && variable.scope === 'case') {
      const own = byCase.get(row.key.slice(5));
      return own === undefined ? null : typed(own);
    }
    const values = row.documentIds
      .flatMap((id) => byDocument.get(id) ?? [])
      .map(typed)
      .filter((v) => v !== null);
    if (values.length === 0 && row.key.startsWith('value:')) return typed(row.label);
    return values.sort((a, b) => compareSortValues(a, b, 'asc'))[0] ?? null;
  });
}
