import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../context';
import { codes } from '../../db/schema';
import { TelaahError } from '../errors';

/** A code as stored. */
export type Code = typeof codes.$inferSelect;

/** The code with this id, or not_found. */
export function requireCode(ctx: Ctx, id: string): Code {
  const row = ctx.db.select().from(codes).where(eq(codes.id, id)).get();
  if (row === undefined)
    throw new TelaahError('not_found', `Code not found: ${id}`, { what: 'Code', name: id });
  return row;
}

/** Refuses a name that is empty or already used by a sibling (case-insensitive). */
export function checkCodeName(
  ctx: Ctx,
  parentId: string | null,
  name: string,
  exceptId: string | null,
): string {
  const clean = name.trim();
  if (clean === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a code needs a name.', {
      detail: 'name',
    });
  }
  if (clean.includes('/')) {
    throw new TelaahError('invalid_input', 'Invalid input: a code name cannot contain “/”.', {
      detail: 'name',
    });
  }
  const clash = ctx.db
    .select({ id: codes.id })
    .from(codes)
    .where(
      and(
        parentId === null ? isNull(codes.parentId) : eq(codes.parentId, parentId),
        sql`${codes.name} = ${clean} collate nocase`,
        exceptId === null ? undefined : ne(codes.id, exceptId),
      ),
    )
    .get();
  if (clash !== undefined) {
    throw new TelaahError(
      'conflict',
      `Cannot do that: a code named “${clean}” already exists there.`,
      {
        detail: `a code named “${clean}” already exists there`,
      },
    );
  }
  return clean;
}

/** Refuses a colour that is not `#rrggbb`; returns it lower-cased. */
export function checkColor(color: string): string {
  if (!/^#[0-9a-f]{6}$/iu.test(color)) {
    throw new TelaahError('invalid_input', `Invalid input: colour “${color}” is not #rrggbb.`, {
      detail: 'color',
    });
  }
  return color.toLowerCase();
}

/** The sort order that puts a new code after its siblings. */
export function nextSortOrder(ctx: Ctx, parentId: string | null): number {
  const row = ctx.db
    .select({ max: sql<number | null>`max(${codes.sortOrder})` })
    .from(codes)
    .where(parentId === null ? isNull(codes.parentId) : eq(codes.parentId, parentId))
    .get();
  return (row?.max ?? -1) + 1;
}

/** Ids of a code and all its descendants. */
export function subtreeIds(ctx: Ctx, id: string): string[] {
  const rows = ctx.db.$client
    .prepare(
      `with recursive tree(id) as (select ? union all select c.id from codes c join tree t on c.parent_id = t.id)
       select id from tree`,
    )
    .all(id) as { id: string }[];
  return rows.map((r) => r.id);
}
