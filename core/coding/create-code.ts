import { count, eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { codes } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange, type Change } from '../events/in-change';
import { paletteColor } from './code-palette';
import { checkCodeName, checkColor, nextSortOrder, requireCode, type Code } from './code-row';

export interface CreateCodeInput {
  parentId?: string | null;
  name: string;
  color?: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  shortcut?: string | null;
  codable?: boolean;
}

/** Creates a code at the end of its siblings; colour from the palette unless given. */
export function createCode(ctx: Ctx, input: CreateCodeInput): Code {
  return inChange(ctx, (change) => insertCode(ctx, change, input));
}

/** Inserts a code inside an existing change (used by the starter codebook). */
export function insertCode(ctx: Ctx, change: Change, input: CreateCodeInput): Code {
  const parentId = input.parentId ?? null;
  if (parentId !== null) requireCode(ctx, parentId);
  const name = checkCodeName(ctx, parentId, input.name, null);
  const sortOrder = nextSortOrder(ctx, parentId);
  const codeCount = ctx.db.select({ n: count() }).from(codes).get()?.n ?? 0;
  const at = ctx.now();
  const row: Code = {
    id: ctx.newId(),
    parentId,
    name,
    color: checkColor(input.color ?? paletteColor(codeCount)),
    definition: input.definition ?? '',
    inclusion: input.inclusion ?? '',
    exclusion: input.exclusion ?? '',
    example: input.example ?? '',
    shortcut: checkShortcut(ctx, input.shortcut ?? null, null),
    sortOrder,
    codable: input.codable ?? true,
    createdAt: at,
    updatedAt: at,
  };
  ctx.db.insert(codes).values(row).run();
  change.record({
    action: 'codes.create',
    entityType: 'code',
    entityId: row.id,
    before: null,
    after: row,
  });
  return row;
}

/** Refuses a shortcut another code already has; empty means none. */
export function checkShortcut(
  ctx: Ctx,
  shortcut: string | null,
  exceptId: string | null,
): string | null {
  const clean = shortcut?.trim() ?? '';
  if (clean === '') return null;
  const owner = ctx.db.select().from(codes).where(eq(codes.shortcut, clean)).get();
  if (owner !== undefined && owner.id !== exceptId) {
    throw new TelaahError(
      'conflict',
      `Cannot do that: the shortcut “${clean}” belongs to “${owner.name}”.`,
      {
        detail: `the shortcut “${clean}” belongs to “${owner.name}”`,
      },
    );
  }
  return clean;
}
