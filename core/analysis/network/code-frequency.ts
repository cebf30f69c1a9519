import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import { codeFacts, type CodeFacts } from './code-facts';
import type { ChartConfig } from './display-config';
import { loadCodings } from './load-codings';

/** One bar group of a chart: a document, a case or a variable value. */
export interface ChartGroup {
  key: string;
  /** The title, case name or value; empty for documents without a value. */
  label: string;
}

export interface FrequencyChart {
  groups: ChartGroup[];
  codes: CodeFacts[];
  /** values[group][code], in the order of `groups` and `codes`. */
  values: number[][];
  /** The variable's name when grouped by a variable. */
  variableName: string | null;
}

/** How often each code is applied (codings, or documents) per document, case or variable value. */
export function codeFrequency(ctx: Ctx, config: ChartConfig): FrequencyChart {
  const codes = codeFacts(ctx, config.codeIds);
  const codeIndex = new Map(codes.map((c, i) => [c.id, i]));
  const { groups, groupsOf, variableName } = grouping(ctx, config);
  const groupIndex = new Map(groups.map((g, i) => [g.key, i]));
  const values = groups.map(() => codes.map(() => 0));
  const seen = new Set<string>();
  for (const coding of loadCodings(ctx, { ...config, codeIds: codes.map((c) => c.id) })) {
    const ci = codeIndex.get(coding.codeId);
    if (ci === undefined) continue;
    for (const key of groupsOf(coding.documentId)) {
      const gi = groupIndex.get(key);
      if (gi === undefined) continue;
      if (config.measure === 'documents') {
        const mark = `${key}\u0000${coding.codeId}\u0000${coding.documentId}`;
        if (seen.has(mark)) continue;
        seen.add(mark);
      }
      const row = values[gi];
      if (row !== undefined) row[ci] = (row[ci] ?? 0) + 1;
    }
  }
  // Documents without a value get a bar only when they hold codings.
  const keep = groups.map((g, gi) => g.key !== '' || (values[gi] ?? []).some((v) => v > 0));
  return {
    groups: groups.filter((_, gi) => keep[gi]),
    codes,
    values: values.filter((_, gi) => keep[gi]),
    variableName,
  };
}

interface Grouping {
  groups: ChartGroup[];
  groupsOf: (documentId: string) => readonly string[];
  variableName: string | null;
}

function grouping(ctx: Ctx, config: ChartConfig): Grouping {
  const sqlite = ctx.db.$client;
  if (config.by === 'document') {
    const docs = sqlite
      .prepare('select id, title from documents order by sort_order, title, id')
      .raw(true)
      .all() as [string, string][];
    return {
      groups: docs.map(([key, label]) => ({ key, label })),
      groupsOf: (documentId) => [documentId],
      variableName: null,
    };
  }
  const caseDocs = sqlite
    .prepare('select case_id, document_id from case_documents')
    .raw(true)
    .all() as [string, string][];
  const casesOf = multiMap(caseDocs.map(([caseId, documentId]) => [documentId, caseId]));
  if (config.by === 'case') {
    const cases = sqlite
      .prepare('select id, name from cases order by name, id')
      .raw(true)
      .all() as [string, string][];
    return {
      groups: cases.map(([key, label]) => ({ key, label })),
      groupsOf: (documentId) => casesOf.get(documentId) ?? [],
      variableName: null,
    };
  }
  const variable = sqlite
    .prepare('select name, type, scope from variables where id = ?')
    .get(config.variableId) as { name: string; type: string; scope: string } | undefined;
  if (variable === undefined) {
    throw new TelaahError('not_found', `Variable not found: ${config.variableId}`, {
      what: 'Variable',
      name: config.variableId,
    });
  }
  const valueRows = (
    variable.scope === 'document'
      ? sqlite
          .prepare('select document_id, value from document_values where variable_id = ?')
          .raw(true)
          .all(config.variableId)
      : sqlite
          .prepare(
            `select cd.document_id, cv.value from case_values cv
               join case_documents cd on cd.case_id = cv.case_id where cv.variable_id = ?`,
          )
          .raw(true)
          .all(config.variableId)
  ) as [string, string][];
  const valuesOf = multiMap(valueRows);
  const distinct = [...new Set(valueRows.map(([, value]) => value))].sort((a, b) =>
    variable.type === 'number' ? Number(a) - Number(b) : a.localeCompare(b),
  );
  return {
    groups: [...distinct.map((v) => ({ key: v, label: v })), { key: '', label: '' }],
    groupsOf: (documentId) => valuesOf.get(documentId) ?? [''],
    variableName: variable.name,
  };
}

function multiMap(pairs: readonly [string, string][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [k, v] of pairs) {
    const list = map.get(k);
    if (list === undefined) map.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  }
  return map;
}
