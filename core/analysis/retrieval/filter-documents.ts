import type { AttributeCondition, RetrievalFilters } from '../../api/contracts/retrieval';
import type { Ctx } from '../../context';
import { parseVariableValue } from '../../documents/parse-variable-value';
import { TelaahError } from '../../errors';

interface VariableFacts {
  id: string;
  name: string;
  type: 'text' | 'number' | 'date' | 'boolean';
  scope: 'document' | 'case';
}

/**
 * The documents the filters let through (documents, cases and attribute conditions, all of
 * which must hold), or null when no filter limits documents.
 */
export function filterDocuments(ctx: Ctx, filters: RetrievalFilters): Set<string> | null {
  let allowed: Set<string> | null = null;
  const narrow = (ids: Iterable<string>): void => {
    const next = new Set(ids);
    allowed = allowed === null ? next : new Set([...allowed].filter((id) => next.has(id)));
  };
  if (filters.documentIds !== undefined && filters.documentIds.length > 0) {
    narrow(filters.documentIds);
  }
  if (filters.caseIds !== undefined && filters.caseIds.length > 0) {
    narrow(documentsOfCases(ctx, filters.caseIds));
  }
  for (const condition of filters.attributes ?? []) narrow(documentsMatching(ctx, condition));
  return allowed;
}

function documentsOfCases(ctx: Ctx, caseIds: readonly string[]): string[] {
  const rows = ctx.db.$client
    .prepare(
      'select document_id from case_documents where case_id in (select value from json_each(?))',
    )
    .pluck()
    .all(JSON.stringify(caseIds)) as string[];
  return rows;
}

/** Documents whose value (or whose case's value, for a case variable) meets the condition. */
function documentsMatching(ctx: Ctx, condition: AttributeCondition): string[] {
  const variable = ctx.db.$client
    .prepare('select id, name, type, scope from variables where id = ?')
    .get(condition.variableId) as VariableFacts | undefined;
  if (variable === undefined) {
    throw new TelaahError('not_found', `Variable not found: ${condition.variableId}`, {
      what: 'Variable',
      name: condition.variableId,
    });
  }
  const test = conditionTest(variable, condition);
  const sql =
    variable.scope === 'document'
      ? 'select document_id as documentId, value from document_values where variable_id = ?'
      : `select cd.document_id as documentId, v.value from case_values v
           join case_documents cd on cd.case_id = v.case_id where v.variable_id = ?`;
  const rows = ctx.db.$client.prepare(sql).all(variable.id) as {
    documentId: string;
    value: string;
  }[];
  return rows.filter((r) => test(r.value)).map((r) => r.documentId);
}

/** A test of a stored value against the condition, comparing as the variable's type. */
function conditionTest(
  variable: VariableFacts,
  condition: AttributeCondition,
): (value: string) => boolean {
  if (condition.op === 'contains') {
    const needle = fold(condition.value);
    return (value) => fold(value).includes(needle);
  }
  const parse = (raw: string): string => parseValue(variable, raw);
  const compare =
    variable.type === 'number'
      ? (x: string, y: string) => Number(x) - Number(y)
      : variable.type === 'text'
        ? (x: string, y: string) => fold(x).localeCompare(fold(y))
        : (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const value = parse(condition.value);
  switch (condition.op) {
    case 'eq':
      return (v) => compare(v, value) === 0;
    case 'ne':
      return (v) => compare(v, value) !== 0;
    case 'lt':
      return (v) => compare(v, value) < 0;
    case 'gt':
      return (v) => compare(v, value) > 0;
    case 'between': {
      const upper = parse(condition.value2 ?? '');
      return (v) => compare(v, value) >= 0 && compare(v, upper) <= 0;
    }
  }
}

function parseValue(variable: VariableFacts, raw: string): string {
  try {
    return parseVariableValue(variable.type, raw, variable.name);
  } catch {
    throw new TelaahError(
      'query_invalid',
      `The query is not valid: “${raw}” is not a ${variable.type} value for “${variable.name}”.`,
      { detail: `“${raw}” is not a ${variable.type} value for “${variable.name}”` },
    );
  }
}

/** Lower case without diacritics, so "Sosial" and "sósial" compare equal. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
