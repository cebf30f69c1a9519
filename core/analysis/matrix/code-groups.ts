import type { Ctx } from '../../context';

/** A named set of codes, usable as one matrix column (the union of its codes). */
export interface CodeGroup {
  id: string;
  name: string;
  codeIds: string[];
}

/** Sets that have codes among their members, by name. */
export function listCodeGroups(ctx: Ctx): CodeGroup[] {
  const rows = ctx.db.$client
    .prepare(
      `select s.id, s.name, m.member_id from sets s
         join set_members m on m.set_id = s.id and m.member_type = 'code'
        order by s.name, s.id`,
    )
    .raw(true)
    .all() as [string, string, string][];
  const groups = new Map<string, CodeGroup>();
  for (const [id, name, codeId] of rows) {
    const group = groups.get(id) ?? { id, name, codeIds: [] };
    group.codeIds.push(codeId);
    groups.set(id, group);
  }
  return [...groups.values()];
}
