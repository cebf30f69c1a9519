import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

/** `PRAGMA application_id` of every Telaah project: "TELA" in ASCII. */
export const TELAAH_APPLICATION_ID = 0x54454c41;

/** A project database: drizzle over the schema, with the raw handle as `$client` for FTS5. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabaseOptions {
  /** Path of the `.telaah` file, or `:memory:`. */
  file: string;
  /** Folder holding the drizzle-kit migrations and `meta/`. */
  migrationsFolder: string;
}

/**
 * Opens (creating if needed) a project database, sets the pragmas every connection needs, stamps
 * a new file with the Telaah application id and applies pending migrations.
 */
export function openDatabase({ file, migrationsFolder }: OpenDatabaseOptions): Db {
  const sqlite = new Database(file);
  try {
    configureConnection(sqlite);
    if (sqlite.pragma('application_id', { simple: true }) === 0) {
      sqlite.pragma(`application_id = ${TELAAH_APPLICATION_ID}`);
    }
    const db = drizzle({ client: sqlite, schema });
    migrate(db, { migrationsFolder });
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Pragmas set on every connection; WAL only sticks on files, so `:memory:` stays as is. */
export function configureConnection(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
}
