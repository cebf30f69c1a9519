import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { caseDocuments, caseValues, cases } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import { requireDocument } from './document-row';
import { parseVariableValue } from './parse-variable-value';
import { requireVariable } from './variables';

/** A case: a unit of analysis (a city pair, an interviewee) grouping documents. */
export type Case = typeof cases.$inferSelect;

/** Creates a case with a unique name. */
export function createCase(ctx: Ctx, input: { name: string; description?: string }): Case {
  const name = input.name.trim();
  if (name === '')
    throw new TelaahError('invalid_input', 'Invalid input: a case needs a name.', {
      detail: 'name',
    });
  return inChange(ctx, (change) => {
    if (ctx.db.select().from(cases).where(eq(cases.name, name)).get() !== undefined) {
      throw new TelaahError('conflict', `Cannot do that: a case named “${name}” already exists.`, {
        detail: `a case named “${name}” already exists`,
      });
    }
    const row: Case = { id: ctx.newId(), name, description: input.description ?? '' };
    ctx.db.insert(cases).values(row).run();
    change.record({
      action: 'cases.create',
      entityType: 'case',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** Adds a document to a case; adding it twice changes nothing. */
export function addDocumentToCase(ctx: Ctx, caseId: string, documentId: string): void {
  inChange(ctx, (change) => {
    requireCase(ctx, caseId);
    requireDocument(ctx, documentId);
    const row = { caseId, documentId };
    const done = ctx.db.insert(caseDocuments).values(row).onConflictDoNothing().run();
    if (done.changes > 0) {
      change.record({
        action: 'cases.addDocument',
        entityType: 'case_document',
        entityId: `${caseId}:${documentId}`,
        before: null,
        after: row,
      });
    }
  });
}

/** Sets (or with null, clears) a case's value, checked against the variable's type. */
export function setCaseValue(
  ctx: Ctx,
  caseId: string,
  variableId: string,
  raw: string | null,
): string | null {
  return inChange(ctx, (change) => {
    requireCase(ctx, caseId);
    const variable = requireVariable(ctx, variableId, 'case');
    const key = and(eq(caseValues.caseId, caseId), eq(caseValues.variableId, variableId));
    const before = ctx.db.select().from(caseValues).where(key).get() ?? null;
    const value = raw === null ? null : parseVariableValue(variable.type, raw, variable.name);
    ctx.db.delete(caseValues).where(key).run();
    const after = value === null ? null : { caseId, variableId, value };
    if (after !== null) ctx.db.insert(caseValues).values(after).run();
    change.record({
      action: 'cases.setValue',
      entityType: 'case_value',
      entityId: `${caseId}:${variableId}`,
      before,
      after,
    });
    return value;
  });
}

function requireCase(ctx: Ctx, id: string): Case {
  const row = ctx.db.select().from(cases).where(eq(cases.id, id)).get();
  if (row === undefined)
    throw new TelaahError('not_found', `Case not found: ${id}`, { what: 'Case', name: id });
  return row;
}
