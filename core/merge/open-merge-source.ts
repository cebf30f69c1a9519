import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { TELAAH_APPLICATION_ID, type Db } from '../../db/open-database';
import { readMigrationState } from '../../db/read-migration-state';
import * as schema from '../../db/schema';
import { TelaahError } from '../errors';

/** The other project, open for reading only; `close` also removes any migrated temp copy. */
export interface MergeSource {
  file: string;
  db: Db;
  close(): void;
}

/**
 * Opens a project to merge from without ever writing to it. A file from an older Telaah is
 * copied to a temp folder and migrated there; a newer one is refused.
 */
export function openMergeSource(file: string, migrationsFolder: string): MergeSource {
  if (!existsSync(file)) {
    throw new TelaahError('project_not_found', `Project “${file}” was not found.`, { file });
  }
  const sqlite = openReadOnly(file);
  let pending: number;
  try {
    if (sqlite.pragma('application_id', { simple: true }) !== TELAAH_APPLICATION_ID) {
      throw new TelaahError('project_not_telaah', `“${file}” is not a Telaah project file.`, {
        file,
      });
    }
    const state = readMigrationState(sqlite, migrationsFolder);
    if (state.unknown > 0) {
      throw new TelaahError(
        'project_too_new',
        `Project “${file}” was written by a newer version of Telaah. Update Telaah to merge it; the file was not changed.`,
        { file },
      );
    }
    pending = state.pending;
  } catch (error) {
    sqlite.close();
    throw error;
  }
  if (pending === 0) {
    return { file, db: drizzle({ client: sqlite, schema }), close: () => sqlite.close() };
  }
  return migratedCopy(file, sqlite, migrationsFolder);
}

function openReadOnly(file: string): Database.Database {
  try {
    return new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB') {
      throw new TelaahError('project_not_telaah', `“${file}” is not a Telaah project file.`, {
        file,
      });
    }
    throw error;
  }
}

/** Copies an older project into a temp folder and migrates the copy, leaving the file as it is. */
function migratedCopy(
  file: string,
  sqlite: Database.Database,
  migrationsFolder: string,
): MergeSource {
  const folder = mkdtempSync(join(tmpdir(), 'telaah-merge-'));
  const copy = join(folder, 'source.telaah');
  try {
    sqlite.prepare('vacuum into ?').run(copy);
  } finally {
    sqlite.close();
  }
  const writable = new Database(copy);
  const db = drizzle({ client: writable, schema });
  try {
    migrate(db, { migrationsFolder });
  } catch (error) {
    writable.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    file,
    db,
    close: () => {
      writable.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
