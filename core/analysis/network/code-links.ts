import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { codeLinks } from '../../../db/schema';
import { requireCode } from '../../coding/code-row';
import { TelaahError } from '../../errors';
import { inChange } from '../../events/in-change';

/** A researcher-drawn, typed link between two codes, as stored. */
export type CodeLink = typeof codeLinks.$inferSelect;

/** Link types offered in the app; any other text is allowed too. */
export const LINK_TYPES = [
  'leads to',
  'is cause of',
  'contradicts',
  'part of',
  'is property of',
  'associated with',
] as const;

export interface CodeLinkInput {
  sourceCodeId: string;
  targetCodeId: string;
  type: string;
  note?: string;
}

/** Every code link, oldest first. */
export function listCodeLinks(ctx: Ctx): CodeLink[] {
  return ctx.db.select().from(codeLinks).orderBy(codeLinks.createdAt, codeLinks.id).all();
}

/** Draws a link from one code to another; the same typed link twice is a conflict. */
export function createCodeLink(ctx: Ctx, input: CodeLinkInput): CodeLink {
  const type = checkType(input.type);
  requireCode(ctx, input.sourceCodeId);
  requireCode(ctx, input.targetCodeId);
  if (input.sourceCodeId === input.targetCodeId) {
    throw new TelaahError('invalid_input', 'Invalid input: a link needs two different codes.', {
      detail: 'targetCodeId',
    });
  }
  const same = ctx.db
    .select({ id: codeLinks.id })
    .from(codeLinks)
    .where(
      and(
        eq(codeLinks.sourceCodeId, input.sourceCodeId),
        eq(codeLinks.targetCodeId, input.targetCodeId),
        eq(codeLinks.type, type),
      ),
    )
    .get();
  if (same !== undefined) {
    throw new TelaahError('conflict', `Conflict: these codes are already linked as “${type}”.`, {
      detail: type,
    });
  }
  return inChange(ctx, (change) => {
    const row: CodeLink = {
      id: ctx.newId(),
      sourceCodeId: input.sourceCodeId,
      targetCodeId: input.targetCodeId,
      type,
      note: input.note?.trim() ?? '',
      authorId: ctx.coderId,
      createdAt: ctx.now(),
    };
    ctx.db.insert(codeLinks).values(row).run();
    change.record({
      action: 'codeLinks.create',
      entityType: 'code_link',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** Changes a link's type or note. */
export function updateCodeLink(
  ctx: Ctx,
  id: string,
  patch: { type?: string; note?: string },
): CodeLink {
  return inChange(ctx, (change) => {
    const before = requireLink(ctx, id);
    const after: CodeLink = {
      ...before,
      type: patch.type === undefined ? before.type : checkType(patch.type),
      note: patch.note === undefined ? before.note : patch.note.trim(),
    };
    ctx.db.update(codeLinks).set(after).where(eq(codeLinks.id, id)).run();
    change.record({
      action: 'codeLinks.update',
      entityType: 'code_link',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Removes a link; undo draws it again. */
export function deleteCodeLink(ctx: Ctx, id: string): void {
  inChange(ctx, (change) => {
    const before = requireLink(ctx, id);
    ctx.db.delete(codeLinks).where(eq(codeLinks.id, id)).run();
    change.record({
      action: 'codeLinks.delete',
      entityType: 'code_link',
      entityId: id,
      before,
      after: null,
    });
  });
}

function requireLink(ctx: Ctx, id: string): CodeLink {
  const row = ctx.db.select().from(codeLinks).where(eq(codeLinks.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Link not found: ${id}`, { what: 'Link', name: id });
  }
  return row;
}

function checkType(type: string): string {
  const clean = type.trim().replace(/\s+/gu, ' ');
  if (clean === '' || clean.length > 100) {
    throw new TelaahError(
      'invalid_input',
      'Invalid input: a link needs a type (at most 100 characters).',
      {
        detail: 'type',
      },
    );
  }
  return clean;
}
