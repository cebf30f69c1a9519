import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

/** How a database's applied migrations compare with the ones this version ships. */
export interface MigrationState {
  /** Applied migrations this version does not know: the file was written by a newer Telaah. */
  unknown: number;
  /** Migrations this version ships that the file has not applied yet. */
  pending: number;
}

/** Reads `__drizzle_migrations` without writing; a file without that table has everything pending. */
export function readMigrationState(
  sqlite: Database.Database,
  migrationsFolder: string,
): MigrationState {
  const known = readMigrationFiles({ migrationsFolder });
  const hasTable = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (hasTable === undefined) return { unknown: 0, pending: known.length };
  const applied = sqlite.prepare('select hash from __drizzle_migrations').all() as {
    hash: string;
  }[];
  const appliedHashes = new Set(applied.map((row) => row.hash));
  const knownHashes = new Set(known.map((m) => m.hash));
  return {
    unknown: applied.filter((row) => !knownHashes.has(row.hash)).length,
    pending: known.filter((m) => !appliedHashes.has(m.hash)).length,
  };
}
