import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import { columnKey, type MatrixConfig } from './matrix-config';

/** A matrix row: the documents it stands for and the value it is ordered by. */
export interface MatrixRowAxis {
  key: string;
  label: string;
  documentIds: string[];
}

/** A matrix column: the codes whose codings it counts. */
export interface MatrixColumnAxis {
  key: string;
  label: string;
  /** The conceptual cluster the column belongs to, if any. */
  cluster: string | null;
  color: string;
  codeIds: string[];
}

interface CodeNode {
  id: string;
  parentId: string | null;
  name: string;
  color: string;
}

/** The rows a configuration asks for: documents, cases, or documents grouped by a value. */
export function resolveRows(ctx: Ctx, config: MatrixConfig): MatrixRowAxis[] {
  const db = ctx.db.$client;
  const rows = config.rows;
  if (rows.source === 'documents') {
    const docs = db
      .prepare('select id, title from documents order by sort_order, title')
      .raw(true)
      .all() as [string, string][];
    return docs.map(([id, title]) => ({ key: `doc:${id}`, label: title, documentIds: [id] }));
  }
  if (rows.source === 'cases') {
    const cases = db.prepare('select id, name from cases order by name').raw(true).all() as [
      string,
      string,
    ][];
    const members = caseMembers(ctx);
    return cases.map(([id, name]) => ({
      key: `case:${id}`,
      label: name,
      documentIds: members.get(id) ?? [],
    }));
  }
  const variable = db
    .prepare('select id, name, type, scope from variables where id = ?')
    .get(rows.variableId) as { id: string; type: string; scope: 'document' | 'case' } | undefined;
  if (variable === undefined) {
    throw new TelaahError('not_found', `Variable not found: ${rows.variableId}`, {
      what: 'Variable',
      name: rows.variableId,
    });
  }
  const byValue = new Map<string, Set<string>>();
  const add = (value: string, documentIds: readonly string[]): void => {
    const key = rows.bin === 'year' ? yearOf(value) : value;
    const set = byValue.get(key) ?? new Set<string>();
    for (const id of documentIds) set.add(id);
    byValue.set(key, set);
  };
  if (variable.scope === 'document') {
    const values = db
      .prepare('select document_id, value from document_values where variable_id = ?')
      .raw(true)
      .all(variable.id) as [string, string][];
    for (const [documentId, value] of values) add(value, [documentId]);
  } else {
    const members = caseMembers(ctx);
    const values = db
      .prepare('select case_id, value from case_values where variable_id = ?')
      .raw(true)
      .all(variable.id) as [string, string][];
    for (const [caseId, value] of values) add(value, members.get(caseId) ?? []);
  }
  return [...byValue.entries()].map(([value, ids]) => ({
    key: `value:${value}`,
    label: value,
    documentIds: [...ids],
  }));
}

/** The year of a date (yyyy-mm-dd) or of a number; other text as it is. */
export function yearOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return value.slice(0, 4);
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? String(Math.trunc(n)) : value;
}

function caseMembers(ctx: Ctx): Map<string, string[]> {
  const pairs = ctx.db.$client
    .prepare('select case_id, document_id from case_documents')
    .raw(true)
    .all() as [string, string][];
  const members = new Map<string, string[]>();
  for (const [caseId, documentId] of pairs) {
    const list = members.get(caseId) ?? [];
    list.push(documentId);
    members.set(caseId, list);
  }
  return members;
}

/** The columns a configuration asks for; codes or groups deleted since are left out. */
export function resolveColumns(ctx: Ctx, config: MatrixConfig): MatrixColumnAxis[] {
  const db = ctx.db.$client;
  const codes = new Map<string, CodeNode>();
  const children = new Map<string, string[]>();
  for (const code of db
    .prepare('select id, parent_id as parentId, name, color from codes order by sort_order')
    .all() as CodeNode[]) {
    codes.set(code.id, code);
    if (code.parentId !== null) {
      children.set(code.parentId, [...(children.get(code.parentId) ?? []), code.id]);
    }
  }
  const expand = (ids: readonly string[]): string[] => {
    if (!config.includeSubcodes) return ids.filter((id) => codes.has(id));
    const out = new Set<string>();
    const stack = ids.filter((id) => codes.has(id));
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (out.has(id)) continue;
      out.add(id);
      stack.push(...(children.get(id) ?? []));
    }
    return [...out];
  };
  const result: MatrixColumnAxis[] = [];
  for (const column of config.columns) {
    if (column.kind === 'code') {
      const code = codes.get(column.codeId);
      if (code === undefined) continue;
      result.push({
        key: columnKey(column),
        label: code.name,
        cluster: column.cluster ?? null,
        color: code.color,
        codeIds: expand([code.id]),
      });
    } else {
      const set = db.prepare('select name from sets where id = ?').get(column.setId) as
        { name: string } | undefined;
      if (set === undefined) continue;
      const members = db
        .prepare(`select member_id from set_members where set_id = ? and member_type = 'code'`)
        .pluck()
        .all(column.setId) as string[];
      const first = codes.get(members[0] ?? '');
      result.push({
        key: columnKey(column),
        label: set.name,
        cluster: column.cluster ?? null,
        color: first?.color ?? '#888888',
        codeIds: expand(members),
      });
    }
  }
  return result;
}
