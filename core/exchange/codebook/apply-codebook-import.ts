import { and, eq, isNull } from 'drizzle-orm';
import { codes } from '../../../db/schema';
import { insertCode } from '../../coding/create-code';
import type { Code } from '../../coding/code-row';
import type { Ctx } from '../../context';
import type { Change } from '../../events/in-change';
import { inChange } from '../../events/in-change';
import type { IncomingCode } from './codebook-entry';
import { planCodebookImport, type CodebookPlan } from './plan-codebook-import';

/** Applies a codebook import in one change (one undo step); conflicts are left alone. */
export function applyCodebookImport(ctx: Ctx, incoming: readonly IncomingCode[]): CodebookPlan {
  return inChange(ctx, (change) => applyCodebookInChange(ctx, change, incoming).plan);
}

/**
 * Applies a codebook import inside an existing change; returns the plan and the id each
 * incoming code ended up with (by its path), for callers that attach codings.
 */
export function applyCodebookInChange(
  ctx: Ctx,
  change: Change,
  incoming: readonly IncomingCode[],
): { plan: CodebookPlan; idByPath: Map<string, string> } {
  const { plan, codes: planned } = planCodebookImport(ctx, incoming);
  const idByPath = new Map<string, string>();
  const pathKey = (path: readonly string[]): string => path.map((p) => p.toLowerCase()).join('/');
  for (const item of planned) {
    if (item.conflict !== null) continue;
    const path = item.incoming.path;
    if (item.match !== null) {
      updateCode(ctx, change, item.match, item.incoming);
      idByPath.set(pathKey(path), item.match.id);
      continue;
    }
    const parentId = path.length > 1 ? (idByPath.get(pathKey(path.slice(0, -1))) ?? null) : null;
    if (path.length > 1 && parentId === null) continue;
    const idFree =
      item.incoming.guid !== null &&
      ctx.db.select({ id: codes.id }).from(codes).where(eq(codes.id, item.incoming.guid)).get() ===
        undefined;
    const guid = item.incoming.guid;
    const newId = (): string => ctx.newId();
    const created = insertCode(
      { ...ctx, newId: idFree && guid !== null ? onceThen(guid, newId) : newId },
      change,
      {
        parentId,
        name: path[path.length - 1] ?? '',
        ...(item.incoming.color === undefined ? {} : { color: item.incoming.color.toLowerCase() }),
        definition: item.incoming.definition ?? '',
        inclusion: item.incoming.inclusion ?? '',
        exclusion: item.incoming.exclusion ?? '',
        example: item.incoming.example ?? '',
        codable: item.incoming.codable ?? true,
      },
    );
    idByPath.set(pathKey(path), created.id);
    const added = plan.added.find((x) => x.path === path.join('/'));
    if (added) added.id = created.id;
  }
  return { plan, idByPath };
}

/** An id maker that returns `first` once, then defers to `rest`. */
function onceThen(first: string, rest: () => string): () => string {
  let used = false;
  return () => {
    if (used) return rest();
    used = true;
    return first;
  };
}

function updateCode(ctx: Ctx, change: Change, ours: Code, theirs: IncomingCode): void {
  const name = theirs.path[theirs.path.length - 1] ?? ours.name;
  const clash =
    name.toLowerCase() !== ours.name.toLowerCase() &&
    ctx.db
      .select({ id: codes.id })
      .from(codes)
      .where(
        and(
          ours.parentId === null ? isNull(codes.parentId) : eq(codes.parentId, ours.parentId),
          eq(codes.name, name),
        ),
      )
      .get() !== undefined;
  const pick = (value: string | undefined, current: string): string =>
    value !== undefined && value.trim() !== '' ? value.trim() : current;
  const next: Code = {
    ...ours,
    name: clash ? ours.name : name,
    color: theirs.color?.toLowerCase() ?? ours.color,
    codable: theirs.codable ?? ours.codable,
    definition: pick(theirs.definition, ours.definition),
    inclusion: pick(theirs.inclusion, ours.inclusion),
    exclusion: pick(theirs.exclusion, ours.exclusion),
    example: pick(theirs.example, ours.example),
  };
  if (JSON.stringify(next) === JSON.stringify(ours)) return;
  next.updatedAt = ctx.now();
  ctx.db.update(codes).set(next).where(eq(codes.id, ours.id)).run();
  change.record({
    action: 'codes.update',
    entityType: 'code',
    entityId: ours.id,
    before: ours,
    after: next,
  });
}
