import { getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/open-database';
import type { Ctx } from '../context';
import type { Change } from '../events/in-change';
import type {
  MergeChoice,
  MergeConflict,
  MergeEntity,
  MergeReport,
  NotMerged,
} from './merge-report';

type Row = Record<string, unknown>;

/** How the user settled conflicts: by conflict key, then a default for the rest. */
export interface MergeResolutions {
  choices: Readonly<Record<string, MergeChoice>>;
  prefer: 'ours' | 'theirs';
}

/** Their id → our id, per kind of entity that other rows point at. */
export type IdMaps = Record<
  | 'coder'
  | 'document'
  | 'code'
  | 'segment'
  | 'coding'
  | 'variable'
  | 'case'
  | 'memo'
  | 'summary'
  | 'display'
  | 'matrix_entry'
  | 'conclusion'
  | 'set'
  | 'comment',
  Map<string, string>
>;

export type MapName = keyof IdMaps;

/** One source file being merged into the open project, inside the merge's one change. */
export interface MergeRun {
  ctx: Ctx;
  source: Db;
  file: string;
  maps: IdMaps;
  report: MergeReport;
  /** Lists a conflict and returns the choice that applies to it. */
  conflict(c: Omit<MergeConflict, 'key' | 'file' | 'resolution'>, theirKey: string): MergeChoice;
  insert(entity: MergeEntity, table: SQLiteTable, row: Row, entityId: string): void;
  update(
    entity: MergeEntity,
    table: SQLiteTable,
    where: SQL,
    before: Row,
    after: Row,
    entityId?: string,
  ): void;
  /** Lists a row not carried because a row it points at (`missing`) was not merged. */
  skip(entity: MergeEntity, id: string, label: string, missing: MapName): void;
  /** A fresh id when `theirs` is taken in our project by another row, else `theirs`. */
  freeId(table: SQLiteTable, idColumn: string, theirs: string): string;
}

export function createMergeRun(
  ctx: Ctx,
  change: Change,
  source: { db: Db; file: string; index: number },
  report: MergeReport,
  resolutions: MergeResolutions,
): MergeRun {
  const maps = Object.fromEntries(
    [
      'coder',
      'document',
      'code',
      'segment',
      'coding',
      'variable',
      'case',
      'memo',
      'summary',
      'display',
      'matrix_entry',
      'conclusion',
      'set',
      'comment',
    ].map((name) => [name, new Map<string, string>()]),
  ) as IdMaps;
  const idTaken = new Map<string, (id: string) => boolean>();
  const inserters = new Map<SQLiteTable, (row: Row) => void>();
  const inserter = (table: SQLiteTable) => {
    let insert = inserters.get(table);
    if (insert === undefined) {
      insert = rawInserter(ctx, table);
      inserters.set(table, insert);
    }
    return insert;
  };
  // Merges add tens of thousands of rows: their events go through one prepared statement,
  // written exactly as appendEvent writes them.
  const addEvent = ctx.db.$client.prepare(
    `insert into events (id, group_id, at, coder_id, action, entity_type, entity_id, before, after)
     values (?, ?, ?, ?, 'merge.add', ?, ?, null, ?)`,
  );
  const recordAdd = (entity: MergeEntity, entityId: string, row: Row): void => {
    const coderId = ctx.coderId === '' ? null : ctx.coderId;
    addEvent.run(
      ctx.newId(),
      change.groupId,
      ctx.now(),
      coderId,
      entity,
      entityId,
      JSON.stringify(row),
    );
  };
  return {
    ctx,
    source: source.db,
    file: source.file,
    maps,
    report,
    conflict(c, theirKey) {
      const key = `${source.index}:${c.entity}:${theirKey}`;
      const asked = resolutions.choices[key];
      const resolution: MergeChoice =
        asked !== undefined && c.choices.includes(asked)
          ? asked
          : resolutions.prefer === 'theirs' && c.choices.includes('theirs')
            ? 'theirs'
            : (c.choices[0] ?? 'ours');
      report.conflicts.push({ ...c, key, file: source.file, resolution });
      return resolution;
    },
    insert(entity, table, row, entityId) {
      inserter(table)(row);
      recordAdd(entity, entityId, row);
      report.added[entity] += 1;
    },
    update(entity, table, where, before, after, entityId) {
      ctx.db.update(table).set(after).where(where).run();
      change.record({
        action: 'merge.update',
        entityType: entity,
        entityId: entityId ?? String(before.id),
        before,
        after,
      });
      report.updated[entity] += 1;
    },
    skip(entity, id, label, missing) {
      const reason = `its ${missing.replace('_', ' ')} was not merged`;
      const item: NotMerged = { file: source.file, entity, id, label, missing, reason };
      report.notMerged.push(item);
    },
    freeId(table, idColumn, theirs) {
      const name = getTableName(table);
      let taken = idTaken.get(`${name}.${idColumn}`);
      if (taken === undefined) {
        const stmt = ctx.db.$client.prepare(`select 1 from "${name}" where "${idColumn}" = ?`);
        taken = (id) => stmt.get(id) !== undefined;
        idTaken.set(`${name}.${idColumn}`, taken);
      }
      return taken(theirs) ? ctx.newId() : theirs;
    },
  };
}

/** A prepared insert of whole rows (camelCase properties) into a drizzle table. */
function rawInserter(ctx: Ctx, table: SQLiteTable): (row: Row) => void {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, column]) => `"${column.name}"`).join(', ');
  const marks = columns.map(() => '?').join(', ');
  const statement = ctx.db.$client.prepare(
    `insert into "${getTableName(table)}" (${names}) values (${marks})`,
  );
  return (row) => {
    statement.run(
      columns.map(([prop, column]) => {
        const value = row[prop];
        return value === null || value === undefined ? null : column.mapToDriverValue(value);
      }),
    );
  };
}

/**
 * Every row of a table as drizzle would return it, read with one raw statement: merges read
 * hundreds of thousands of segments and codings. Only for tables without boolean columns.
 */
export function selectAll<T>(db: Db, table: SQLiteTable): T[] {
  const columns = Object.entries(getTableColumns(table))
    .map(([prop, column]) => `"${column.name}" as "${prop}"`)
    .join(', ');
  return db.$client.prepare(`select ${columns} from "${getTableName(table)}"`).all() as T[];
}
