import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { documentValues, variables } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import { requireDocument } from './document-row';
import { parseVariableValue, type VariableType } from './parse-variable-value';

/** A typed attribute of documents or cases. */
export type Variable = typeof variables.$inferSelect;

/** Defines a variable; its name must be unique within its scope (case-insensitive). */
export function defineVariable(
  ctx: Ctx,
  input: { name: string; type: VariableType; scope: 'document' | 'case' },
): Variable {
  const name = input.name.trim();
  if (name === '')
    throw new TelaahError('invalid_input', 'Invalid input: a variable needs a name.', {
      detail: 'name',
    });
  return inChange(ctx, (change) => {
    const all = listVariables(ctx, input.scope);
    if (all.some((v) => v.name.toLowerCase() === name.toLowerCase())) {
      throw new TelaahError(
        'conflict',
        `Cannot do that: a variable named “${name}” already exists.`,
        {
          detail: `a variable named “${name}” already exists`,
        },
      );
    }
    const row: Variable = {
      id: ctx.newId(),
      name,
      type: input.type,
      scope: input.scope,
      sortOrder: all.length,
    };
    ctx.db.insert(variables).values(row).run();
    change.record({
      action: 'variables.create',
      entityType: 'variable',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** Variables, in definition order, optionally of one scope. */
export function listVariables(ctx: Ctx, scope?: 'document' | 'case'): Variable[] {
  return ctx.db
    .select()
    .from(variables)
    .where(scope === undefined ? undefined : eq(variables.scope, scope))
    .orderBy(asc(variables.sortOrder))
    .all();
}

/** The variable with this id and scope, or not_found. */
export function requireVariable(ctx: Ctx, id: string, scope: 'document' | 'case'): Variable {
  const row = ctx.db
    .select()
    .from(variables)
    .where(and(eq(variables.id, id), eq(variables.scope, scope)))
    .get();
  if (row === undefined)
    throw new TelaahError('not_found', `Variable not found: ${id}`, { what: 'Variable', name: id });
  return row;
}

/** Sets (or with null, clears) a document's value, checked against the variable's type. */
export function setDocumentValue(
  ctx: Ctx,
  documentId: string,
  variableId: string,
  raw: string | null,
): string | null {
  return inChange(ctx, (change) => {
    requireDocument(ctx, documentId);
    const variable = requireVariable(ctx, variableId, 'document');
    const key = and(
      eq(documentValues.documentId, documentId),
      eq(documentValues.variableId, variableId),
    );
    const before = ctx.db.select().from(documentValues).where(key).get() ?? null;
    const value = raw === null ? null : parseVariableValue(variable.type, raw, variable.name);
    ctx.db.delete(documentValues).where(key).run();
    const after = value === null ? null : { documentId, variableId, value };
    if (after !== null) ctx.db.insert(documentValues).values(after).run();
    change.record({
      action: 'documents.setValue',
      entityType: 'document_value',
      entityId: `${documentId}:${variableId}`,
      before,
      after,
    });
    return value;
  });
}
