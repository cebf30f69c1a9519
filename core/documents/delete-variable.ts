import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { caseValues, documentValues, variables } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import type { Variable } from './variables';

/** The variable with this id in either scope, or not_found. */
export function requireAnyVariable(ctx: Ctx, id: string): Variable {
  const row = ctx.db.select().from(variables).where(eq(variables.id, id)).get();
  if (row === undefined)
    throw new TelaahError('not_found', `Variable not found: ${id}`, { what: 'Variable', name: id });
  return row;
}

/**
 * Deletes a variable with all its document and case values (they cascade); every value is
 * recorded so undo brings the whole column back.
 */
export function deleteVariable(ctx: Ctx, id: string): { deletedValues: number } {
  return inChange(ctx, (change) => {
    const variable = requireAnyVariable(ctx, id);
    const docValues = ctx.db
      .select()
      .from(documentValues)
      .where(eq(documentValues.variableId, id))
      .all();
    for (const row of docValues) {
      change.record({
        action: 'variables.delete',
        entityType: 'document_value',
        entityId: `${row.documentId}:${id}`,
        before: row,
        after: null,
      });
    }
    const caseRows = ctx.db.select().from(caseValues).where(eq(caseValues.variableId, id)).all();
    for (const row of caseRows) {
      change.record({
        action: 'variables.delete',
        entityType: 'case_value',
        entityId: `${row.caseId}:${id}`,
        before: row,
        after: null,
      });
    }
    ctx.db.delete(variables).where(eq(variables.id, id)).run();
    change.record({
      action: 'variables.delete',
      entityType: 'variable',
      entityId: id,
      before: variable,
      after: null,
    });
    return { deletedValues: docValues.length + caseRows.length };
  });
}
