import type { Ctx } from '../../context';
import { TelaahError } from '../../errors';
import type { MatrixConfig, MatrixTemplate } from './matrix-config';

interface VariableInfo {
  id: string;
  name: string;
  type: string;
  scope: 'document' | 'case';
}

/** English names of the templates; the UI passes its own translated name. */
export const TEMPLATE_NAMES: Record<MatrixTemplate, string> = {
  checklist: 'Checklist matrix',
  'conceptually-clustered': 'Conceptually clustered matrix',
  'case-ordered': 'Case-ordered descriptive meta-matrix',
  'time-ordered': 'Time-ordered matrix',
  'role-ordered': 'Role-ordered matrix',
};

/**
 * A matrix arranged as one of Miles, Huberman & Saldaña's named displays, from what the project
 * holds: its cases (or documents), top-level codes or code groups, and the attribute that orders
 * it (`variableId`, or the first that fits). The result is an ordinary, editable configuration.
 */
export function templateConfig(
  ctx: Ctx,
  template: MatrixTemplate,
  variableId?: string,
): MatrixConfig {
  const db = ctx.db.$client;
  const variables = db
    .prepare('select id, name, type, scope from variables order by scope, sort_order')
    .all() as VariableInfo[];
  const hasCases = (db.prepare('select count(*) from case_documents').pluck().get() as number) > 0;
  const topCodes = db
    .prepare('select id from codes where parent_id is null order by sort_order, name')
    .pluck()
    .all() as string[];
  const codeColumns = topCodes.map((codeId) => ({ kind: 'code' as const, codeId }));
  const base = {
    rows: hasCases ? { source: 'cases' as const } : { source: 'documents' as const },
    columns: codeColumns,
    includeSubcodes: true,
    order: { by: 'label' as const, direction: 'asc' as const },
    partition: null,
  };
  const pick = (fits: (v: VariableInfo) => boolean, what: string): VariableInfo => {
    const chosen =
      variableId === undefined ? variables.find(fits) : variables.find((v) => v.id === variableId);
    if (chosen === undefined) {
      throw new TelaahError('invalid_input', `Invalid input: this matrix needs ${what}.`, {
        detail: what,
      });
    }
    return chosen;
  };
  switch (template) {
    case 'checklist':
      return { ...base, cell: 'entry' };
    case 'conceptually-clustered':
      return { ...base, columns: clusteredColumns(ctx, topCodes), cell: 'excerpts' };
    case 'case-ordered': {
      const rowScope = hasCases ? 'case' : 'document';
      const outcome =
        variableId === undefined
          ? (variables.find((v) => v.scope === rowScope && isOrdinal(v)) ??
            variables.find(isOrdinal) ??
            variables[0])
          : variables.find((v) => v.id === variableId);
      return {
        ...base,
        cell: 'entry',
        order:
          outcome === undefined
            ? base.order
            : { by: 'attribute', variableId: outcome.id, direction: 'desc' },
      };
    }
    case 'time-ordered': {
      const time = pick(
        (v) =>
          v.type === 'date' || (v.type === 'number' && /year|tahun|date|tanggal/iu.test(v.name)),
        'a date or year attribute',
      );
      return {
        ...base,
        rows: { source: 'attribute', variableId: time.id, bin: 'year' },
        cell: 'codings',
        order: { by: 'label', direction: 'asc' },
      };
    }
    case 'role-ordered': {
      const role = pick(
        (v) => v.type === 'text' && /role|peran|position|jabatan|type|jenis/iu.test(v.name),
        'a role attribute',
      );
      return {
        ...base,
        rows: { source: 'attribute', variableId: role.id, bin: 'none' },
        cell: 'entry',
      };
    }
  }
}

function isOrdinal(v: VariableInfo): boolean {
  return v.type === 'number' || v.type === 'date';
}

/** Columns grouped by concept: each code group's codes, or each top-level code's sub-codes. */
function clusteredColumns(ctx: Ctx, topCodes: readonly string[]): MatrixConfig['columns'] {
  const db = ctx.db.$client;
  const groups = db
    .prepare(
      `select s.name, m.member_id from sets s join set_members m on m.set_id = s.id
        where m.member_type = 'code' and m.member_id in (select id from codes)
        order by s.name, m.member_id`,
    )
    .raw(true)
    .all() as [string, string][];
  if (groups.length > 0) {
    return groups.map(([cluster, codeId]) => ({ kind: 'code', codeId, cluster }));
  }
  const names = new Map(
    db.prepare('select id, name from codes').raw(true).all() as [string, string][],
  );
  return topCodes.flatMap((parentId) => {
    const children = db
      .prepare('select id from codes where parent_id = ? order by sort_order, name')
      .pluck()
      .all(parentId) as string[];
    const cluster = names.get(parentId) ?? '';
    return children.length === 0
      ? [{ kind: 'code' as const, codeId: parentId, cluster }]
      : children.map((codeId) => ({ kind: 'code' as const, codeId, cluster }));
  });
}
