import type { Ctx } from '../../context';
import { codePaths } from '../../coding/list-segments';

/** A code as displays label and colour it. */
export interface CodeFacts {
  id: string;
  name: string;
  path: string;
  color: string;
}

/** The codes with these ids (every code when absent or empty), in codebook order. */
export function codeFacts(ctx: Ctx, codeIds?: readonly string[]): CodeFacts[] {
  const rows = ctx.db.$client
    .prepare('select id, name, color, parent_id as parentId, sort_order as sortOrder from codes')
    .all() as {
    id: string;
    name: string;
    color: string;
    parentId: string | null;
    sortOrder: number;
  }[];
  const paths = codePaths(ctx);
  const wanted = codeIds !== undefined && codeIds.length > 0 ? new Set(codeIds) : null;
  const order = treeOrder(rows);
  return rows
    .filter((r) => wanted === null || wanted.has(r.id))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((r) => ({ id: r.id, name: r.name, path: paths.get(r.id) ?? r.name, color: r.color }));
}

/** Depth-first position of every code in the codebook tree. */
function treeOrder(
  rows: readonly { id: string; parentId: string | null; sortOrder: number; name: string }[],
): Map<string, number> {
  const children = new Map<string | null, (typeof rows)[number][]>();
  for (const r of rows) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const order = new Map<string, number>();
  const visit = (parent: string | null): void => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name),
    );
    for (const r of list) {
      if (order.has(r.id)) continue;
      order.set(r.id, order.size);
      visit(r.id);
    }
  };
  visit(null);
  return order;
}
