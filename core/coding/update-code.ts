import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { codes } from '../../db/schema';
import { inChange } from '../events/in-change';
import { checkCodeName, checkColor, requireCode, type Code } from './code-row';
import { checkShortcut } from './create-code';

/** Fields of a code that can be edited in place (moving is moveCode). */
export interface CodePatch {
  name?: string;
  color?: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  shortcut?: string | null;
  codable?: boolean;
}

/** Edits a code's name, colour, memo fields, shortcut or codable flag. */
export function updateCode(ctx: Ctx, id: string, patch: CodePatch): Code {
  return inChange(ctx, (change) => {
    const before = requireCode(ctx, id);
    const after: Code = {
      ...before,
      ...definedFields(patch),
      name:
        patch.name === undefined
          ? before.name
          : checkCodeName(ctx, before.parentId, patch.name, id),
      color: patch.color === undefined ? before.color : checkColor(patch.color),
      shortcut:
        patch.shortcut === undefined ? before.shortcut : checkShortcut(ctx, patch.shortcut, id),
      updatedAt: ctx.now(),
    };
    ctx.db.update(codes).set(after).where(eq(codes.id, id)).run();
    change.record({ action: 'codes.update', entityType: 'code', entityId: id, before, after });
    return after;
  });
}

function definedFields(patch: CodePatch): Partial<Code> {
  const out: Partial<Code> = {};
  if (patch.definition !== undefined) out.definition = patch.definition;
  if (patch.inclusion !== undefined) out.inclusion = patch.inclusion;
  if (patch.exclusion !== undefined) out.exclusion = patch.exclusion;
  if (patch.example !== undefined) out.example = patch.example;
  if (patch.codable !== undefined) out.codable = patch.codable;
  return out;
}
