import { and, eq, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../context';
import { variables } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import { requireAnyVariable } from './delete-variable';
import type { Variable } from './variables';

/** Renames a variable; the name must stay unique within its scope (case-insensitive). */
export function renameVariable(ctx: Ctx, id: string, name: string): Variable {
  const clean = name.trim();
  if (clean === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a variable needs a name.', {
      detail: 'name',
    });
  }
  return inChange(ctx, (change) => {
    const before = requireAnyVariable(ctx, id);
    const clash = ctx.db
      .select({ id: variables.id })
      .from(variables)
      .where(
        and(
          eq(variables.scope, before.scope),
          sql`${variables.name} = ${clean} collate nocase`,
          ne(variables.id, id),
        ),
      )
      .get();
    if (clash !== undefined) {
      throw new TelaahError(
        'conflict',
        `Cannot do that: a variable named “${clean}” already exists.`,
        {
          detail: `a variable named “${clean}” already exists`,
        },
      );
    }
    const after: Variable = { ...before, name: clean };
    ctx.db.update(variables).set({ name: clean }).where(eq(variables.id, id)).run();
    change.record({
      action: 'variables.rename',
      entityType: 'variable',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
