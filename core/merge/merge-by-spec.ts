import { and, eq, type SQL } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { MergeEntity } from './merge-report';
import type { MapName, MergeRun } from './merge-run';

type Row = Record<string, unknown>;

/** A column pointing at another entity: which id map translates it (by the row's type column). */
export interface RefSpec {
  prop: string;
  map: MapName | ((row: Row) => MapName | null);
}

/** How to merge the rows of one table that needs no special matching. */
export interface TableSpec {
  entity: MergeEntity;
  table: SQLiteTable;
  /** The primary key's properties: `['id']` or a composite key. */
  key: readonly string[];
  refs: readonly RefSpec[];
  /** Fields whose difference is a conflict; taking theirs copies these and `carry`. */
  compare: readonly string[];
  carry?: readonly string[];
  /** Fields shown in a conflict in place of a compared one (a memo's text for its JSON). */
  shown?: Readonly<Record<string, string>>;
  /** A second way to recognise the same row, after mapping (a unique index). */
  natural?: readonly string[];
  /** The id map this table fills, for rows that point at it. */
  map?: MapName;
  /** Orders their rows so a row comes after the rows it points at. */
  order?: (a: Row, b: Row) => number;
  label(row: Row): string;
}

/** Merges one table by id (or composite key), mapping references and listing conflicts. */
export function mergeBySpec(run: MergeRun, spec: TableSpec): void {
  const columns = getTableColumns(spec.table) as Record<string, SQLiteColumn>;
  const keyOf = (row: Row, props: readonly string[]) => props.map((p) => String(row[p])).join('|');
  const ours = run.ctx.db.select().from(spec.table).all() as Row[];
  const byKey = new Map(ours.map((r) => [keyOf(r, spec.key), r]));
  const byNatural = new Map(
    spec.natural === undefined ? [] : ours.map((r) => [keyOf(r, spec.natural ?? []), r]),
  );
  const theirRows = run.source.select().from(spec.table).all() as Row[];
  if (spec.order !== undefined) theirRows.sort(spec.order);
  for (const theirs of theirRows) {
    const theirKey = keyOf(theirs, spec.key);
    const mapped = mapRefs(run, spec, theirs);
    if (typeof mapped === 'string') {
      run.skip(spec.entity, theirKey, spec.label(theirs), mapped);
      continue;
    }
    const match =
      byKey.get(keyOf(mapped, spec.key)) ??
      (spec.natural === undefined ? undefined : byNatural.get(keyOf(mapped, spec.natural)));
    if (match === undefined) {
      run.insert(spec.entity, spec.table, mapped, keyOf(mapped, spec.key));
      byKey.set(keyOf(mapped, spec.key), mapped);
      if (spec.natural !== undefined) byNatural.set(keyOf(mapped, spec.natural), mapped);
      if (spec.map !== undefined) run.maps[spec.map].set(String(theirs.id), String(mapped.id));
      continue;
    }
    if (spec.map !== undefined) run.maps[spec.map].set(String(theirs.id), String(match.id));
    const differing = spec.compare.filter(
      (f) => JSON.stringify(match[f]) !== JSON.stringify(mapped[f]),
    );
    if (differing.length === 0) continue;
    const choice = run.conflict(
      {
        entity: spec.entity,
        kind: spec.entity,
        label: spec.label(match),
        ours: pick(match, shownFields(spec, differing)),
        theirs: pick(mapped, shownFields(spec, differing)),
        choices: ['ours', 'theirs'],
      },
      theirKey,
    );
    if (choice !== 'theirs') continue;
    const after: Row = { ...match, ...pick(mapped, [...spec.compare, ...(spec.carry ?? [])]) };
    if ('updatedAt' in match) {
      after.updatedAt = Math.max(Number(match.updatedAt), Number(mapped.updatedAt));
    }
    const where = and(...spec.key.map((p) => eq(columns[p] as SQLiteColumn, match[p]))) as SQL;
    run.update(spec.entity, spec.table, where, match, after, keyOf(match, spec.key));
    byKey.set(keyOf(match, spec.key), after);
  }
}

/** Their row with every reference translated, or the kind of reference that was not merged. */
function mapRefs(run: MergeRun, spec: TableSpec, theirs: Row): Row | MapName {
  const mapped: Row = { ...theirs };
  for (const ref of spec.refs) {
    const value = theirs[ref.prop];
    if (typeof value !== 'string') continue;
    const map = typeof ref.map === 'function' ? ref.map(theirs) : ref.map;
    if (map === null) continue;
    const ours = run.maps[map].get(value);
    if (ours === undefined) return map;
    mapped[ref.prop] = ours;
  }
  return mapped;
}

function pick(row: Row, fields: readonly string[]): Row {
  return Object.fromEntries(fields.map((f) => [f, row[f]]));
}

function shownFields(spec: TableSpec, fields: readonly string[]): string[] {
  return fields.map((f) => spec.shown?.[f] ?? f);
}
