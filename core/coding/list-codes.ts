import type { Ctx } from '../context';
import type { Code } from './code-row';

/** A code in the flat codebook list, with its path and how often it is applied. */
export interface CodeListItem extends Code {
  /** Names from the root, joined by "/": "culture/language". */
  path: string;
  depth: number;
  codingCount: number;
}

/** The codebook as a flat list in tree order (depth-first, siblings by sort order). */
export function listCodes(ctx: Ctx): CodeListItem[] {
  const rows = ctx.db.$client
    .prepare(
      `select c.id, c.parent_id as parentId, c.name, c.color, c.definition, c.inclusion, c.exclusion,
              c.example, c.shortcut, c.sort_order as sortOrder, c.codable, c.created_at as createdAt,
              c.updated_at as updatedAt, coalesce(n.count, 0) as codingCount
         from codes c
         left join (select code_id, count(*) as count from codings group by code_id) n on n.code_id = c.id
        order by c.sort_order, c.name`,
    )
    .all() as (Omit<CodeListItem, 'path' | 'depth' | 'codable'> & { codable: number })[];
  const children = new Map<string | null, typeof rows>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const out: CodeListItem[] = [];
  const walk = (parentId: string | null, prefix: string, depth: number): void => {
    for (const row of children.get(parentId) ?? []) {
      const path = prefix === '' ? row.name : `${prefix}/${row.name}`;
      out.push({ ...row, codable: row.codable === 1, path, depth });
      walk(row.id, path, depth + 1);
    }
  };
  walk(null, '', 0);
  return out;
}
