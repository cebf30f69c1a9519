import Database from 'better-sqlite3';
import { TELAAH_APPLICATION_ID } from '../../db/open-database';
import { readMigrationState } from '../../db/read-migration-state';
import { TelaahError } from '../errors';
import { backupProject, backupsFolder } from './backup-project';

/**
 * Checks an existing project file through a read-only connection, so a file that is refused is
 * never modified, then backs it up. Throws project_not_telaah, project_corrupt or project_too_new.
 */
export function checkProjectFile(file: string, migrationsFolder: string, now: number): void {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw mapSqliteError(error, file);
  }
  try {
    if (sqlite.pragma('application_id', { simple: true }) !== TELAAH_APPLICATION_ID) {
      throw notTelaah(file);
    }
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw corrupt(file);
    if (readMigrationState(sqlite, migrationsFolder).unknown > 0) {
      throw new TelaahError(
        'project_too_new',
        `Project “${file}” was written by a newer version of Telaah. Update Telaah to open it; the file was not changed.`,
        { file },
      );
    }
    backupProject(sqlite, file, now);
  } catch (error) {
    throw mapSqliteError(error, file);
  } finally {
    sqlite.close();
  }
}

function mapSqliteError(error: unknown, file: string): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  if (error.code === 'SQLITE_NOTADB') return notTelaah(file);
  if (error.code.startsWith('SQLITE_CORRUPT')) return corrupt(file);
  return error;
}

function notTelaah(file: string): TelaahError {
  return new TelaahError('project_not_telaah', `“${file}” is not a Telaah project file.`, { file });
}

function corrupt(file: string): TelaahError {
  const backups = backupsFolder(file);
  return new TelaahError(
    'project_corrupt',
    `The project file “${file}” is damaged (integrity check failed). The latest backups are in ${backups}.`,
    { file, backups },
  );
}
