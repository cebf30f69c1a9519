import { eq } from 'drizzle-orm';
import { codes } from '../../db/schema';
import type { MergeChoice } from './merge-report';
import type { MergeRun } from './merge-run';

type CodeRow = typeof codes.$inferSelect;

const CONTENT = ['color', 'definition', 'inclusion', 'exclusion', 'example'] as const;

/**
 * Matches codes by id, then by name path (case-insensitive), adding the ones we lack under
 * their mapped parent. The same code changed differently on both sides is a conflict: keep
 * ours, take theirs, or (renamed or moved) keep both, their codings going to their version.
 */
export function mergeCodes(run: MergeRun): void {
  const tree = new CodeTree(run.ctx.db.select().from(codes).all());
  const shortcuts = new Set(
    tree
      .all()
      .map((c) => c.shortcut)
      .filter((s) => s !== null),
  );
  for (const theirs of parentsFirst(run.source.select().from(codes).all())) {
    const parentId = theirs.parentId === null ? null : (run.maps.code.get(theirs.parentId) ?? null);
    const pathKey = tree.childKey(parentId, theirs.name);
    const atPath = tree.byPath(pathKey);
    const sameId = tree.get(theirs.id);
    const target = sameId !== undefined && atPath === undefined ? sameId : (atPath ?? sameId);
    if (target === undefined) {
      const shortcut =
        theirs.shortcut !== null && !shortcuts.has(theirs.shortcut) ? theirs.shortcut : null;
      if (shortcut !== null) shortcuts.add(shortcut);
      const row: CodeRow = {
        ...theirs,
        id: run.freeId(codes, 'id', theirs.id),
        parentId,
        shortcut,
      };
      run.insert('code', codes, row, row.id);
      tree.put(row);
      run.maps.code.set(theirs.id, row.id);
      continue;
    }
    run.maps.code.set(theirs.id, target.id);
    const placed = target.parentId === parentId && sameName(target.name, theirs.name);
    const differing = CONTENT.filter((f) => target[f] !== theirs[f]);
    if (placed && differing.length === 0) continue;
    const choice = listConflict(run, tree, target, theirs, parentId, differing, placed);
    if (choice === 'theirs')
      takeTheirs(run, tree, target, theirs, placed ? target.parentId : parentId);
    if (choice === 'both') {
      const row: CodeRow = { ...theirs, id: run.ctx.newId(), parentId, shortcut: null };
      run.insert('code', codes, row, row.id);
      tree.put(row);
      run.maps.code.set(theirs.id, row.id);
    }
  }
}

function listConflict(
  run: MergeRun,
  tree: CodeTree,
  ours: CodeRow,
  theirs: CodeRow,
  theirParent: string | null,
  differing: readonly (typeof CONTENT)[number][],
  placed: boolean,
): MergeChoice {
  const oursOut: Record<string, unknown> = {};
  const theirsOut: Record<string, unknown> = {};
  if (!placed) {
    oursOut.path = tree.path(ours.id);
    theirsOut.path = [...(theirParent === null ? [] : tree.path(theirParent)), theirs.name];
  }
  for (const f of differing) {
    oursOut[f] = ours[f];
    theirsOut[f] = theirs[f];
  }
  return run.conflict(
    {
      entity: 'code',
      kind: ours.id === theirs.id ? 'code' : 'code_path',
      label: tree.path(ours.id).join(' / '),
      ours: oursOut,
      theirs: theirsOut,
      choices: placed ? ['ours', 'theirs'] : ['ours', 'theirs', 'both'],
    },
    theirs.id,
  );
}

/** Gives our code their name, place and content, unless the move would make a cycle. */
function takeTheirs(
  run: MergeRun,
  tree: CodeTree,
  ours: CodeRow,
  theirs: CodeRow,
  parentId: string | null,
): void {
  const safeParent =
    parentId !== null && tree.isWithin(parentId, ours.id) ? ours.parentId : parentId;
  const after: CodeRow = {
    ...ours,
    name: theirs.name,
    parentId: safeParent,
    ...Object.fromEntries(CONTENT.map((f) => [f, theirs[f]])),
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
  };
  run.update('code', codes, eq(codes.id, ours.id), ours, after);
  tree.put(after);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Codes ordered so every parent comes before its children. */
function parentsFirst(rows: CodeRow[]): CodeRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = (row: CodeRow): number => {
    let d = 0;
    for (let p = row.parentId; p !== null && d <= rows.length; p = byId.get(p)?.parentId ?? null)
      d++;
    return d;
  };
  return rows
    .map((row) => ({ row, d: depth(row) }))
    .sort((a, b) => a.d - b.d || a.row.sortOrder - b.row.sortOrder)
    .map((x) => x.row);
}

/** Our codebook while the merge changes it: lookups by id and by case-insensitive name path. */
class CodeTree {
  private readonly rows = new Map<string, CodeRow>();
  private readonly paths = new Map<string, CodeRow>();

  constructor(rows: CodeRow[]) {
    for (const row of rows) this.rows.set(row.id, row);
    this.reindex();
  }

  all(): CodeRow[] {
    return [...this.rows.values()];
  }

  get(id: string): CodeRow | undefined {
    return this.rows.get(id);
  }

  byPath(key: string): CodeRow | undefined {
    return this.paths.get(key);
  }

  put(row: CodeRow): void {
    this.rows.set(row.id, row);
    this.reindex();
  }

  /** The key of a code named `name` under `parentId`. */
  childKey(parentId: string | null, name: string): string {
    const parent = parentId === null ? [] : this.path(parentId);
    return [...parent, name].map((n) => n.toLowerCase()).join('\u0000');
  }

  path(id: string): string[] {
    const names: string[] = [];
    for (let row = this.rows.get(id); row !== undefined && names.length <= this.rows.size;) {
      names.unshift(row.name);
      row = row.parentId === null ? undefined : this.rows.get(row.parentId);
    }
    return names;
  }

  /** Whether `id` is `ancestorId` or lies below it. */
  isWithin(id: string, ancestorId: string): boolean {
    for (let row = this.rows.get(id); row !== undefined;) {
      if (row.id === ancestorId) return true;
      row = row.parentId === null ? undefined : this.rows.get(row.parentId);
    }
    return false;
  }

  private reindex(): void {
    this.paths.clear();
    for (const row of this.rows.values())
      this.paths.set(this.childKey(row.parentId, row.name), row);
  }
}
