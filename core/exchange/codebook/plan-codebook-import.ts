import type { Code } from '../../coding/code-row';
import type { Ctx } from '../../context';
import { listCodebook, TEXT_FIELDS, type IncomingCode } from './codebook-entry';

/** A field of a code the import would change. */
export type CodeField = 'name' | 'color' | 'codable' | (typeof TEXT_FIELDS)[number];

export interface FieldChange {
  field: CodeField;
  before: string;
  after: string;
}

/** What a codebook import would do, computed without writing. */
export interface CodebookPlan {
  /** `id` is set once applied: the new code's id. */
  added: { path: string; guid: string | null; id?: string }[];
  changed: { id: string; path: string; matchedBy: 'guid' | 'path'; changes: FieldChange[] }[];
  unchanged: { id: string; path: string }[];
  conflicts: { path: string; detail: string }[];
}

/** One incoming code and what it resolves to, kept for apply. */
export interface PlannedCode {
  incoming: IncomingCode;
  /** Our code it matched, or null when it will be added. */
  match: Code | null;
  changes: FieldChange[];
  conflict: string | null;
}

const key = (path: readonly string[]): string => path.map((p) => p.toLowerCase()).join('/');

/**
 * Matches each incoming code to ours, by GUID first and then by its name path (case-insensitive),
 * and lists field by field what would change. Empty incoming fields never clear ours.
 */
export function planCodebookImport(
  ctx: Ctx,
  incoming: readonly IncomingCode[],
): { plan: CodebookPlan; codes: PlannedCode[] } {
  const entries = listCodebook(ctx);
  const byId = new Map(entries.map((e) => [e.code.id, e]));
  const byPath = new Map(entries.map((e) => [key(e.path), e]));
  const seenPaths = new Set<string>();
  const claimed = new Set<string>();
  const plan: CodebookPlan = { added: [], changed: [], unchanged: [], conflicts: [] };
  const planned: PlannedCode[] = [];
  for (const code of incoming) {
    const path = code.path.join('/');
    const pathKey = key(code.path);
    const item: PlannedCode = { incoming: code, match: null, changes: [], conflict: null };
    planned.push(item);
    if (seenPaths.has(pathKey)) {
      item.conflict = 'the file lists this code twice';
      plan.conflicts.push({ path, detail: item.conflict });
      continue;
    }
    seenPaths.add(pathKey);
    const byGuid = code.guid === null ? undefined : byId.get(code.guid);
    const byName = byPath.get(pathKey);
    if (byGuid && byName && byGuid.code.id !== byName.code.id) {
      item.conflict = `its GUID belongs to “${byGuid.path.join('/')}” but its name to another code`;
      plan.conflicts.push({ path, detail: item.conflict });
      continue;
    }
    const found = byGuid ?? byName;
    if (found === undefined) {
      plan.added.push({ path, guid: code.guid });
      continue;
    }
    if (claimed.has(found.code.id)) {
      item.conflict = `“${found.path.join('/')}” is already matched by another code in the file`;
      plan.conflicts.push({ path, detail: item.conflict });
      continue;
    }
    claimed.add(found.code.id);
    item.match = found.code;
    item.changes = fieldChanges(found.code, code);
    if (item.changes.length === 0) plan.unchanged.push({ id: found.code.id, path });
    else {
      plan.changed.push({
        id: found.code.id,
        path: found.path.join('/'),
        matchedBy: byGuid ? 'guid' : 'path',
        changes: item.changes,
      });
    }
  }
  return { plan, codes: planned };
}

function fieldChanges(ours: Code, theirs: IncomingCode): FieldChange[] {
  const changes: FieldChange[] = [];
  const name = theirs.path[theirs.path.length - 1] ?? ours.name;
  if (name !== ours.name) changes.push({ field: 'name', before: ours.name, after: name });
  if (theirs.color !== undefined && theirs.color.toLowerCase() !== ours.color.toLowerCase()) {
    changes.push({ field: 'color', before: ours.color, after: theirs.color.toLowerCase() });
  }
  if (theirs.codable !== undefined && theirs.codable !== ours.codable) {
    changes.push({ field: 'codable', before: String(ours.codable), after: String(theirs.codable) });
  }
  for (const field of TEXT_FIELDS) {
    const value = theirs[field]?.trim() ?? '';
    if (value !== '' && value !== ours[field].trim()) {
      changes.push({ field, before: ours[field], after: value });
    }
  }
  return changes;
}
