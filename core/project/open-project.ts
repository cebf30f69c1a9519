import { existsSync } from 'node:fs';
import { defaultMigrationsFolder } from '../../db/default-migrations-folder';
import { openDatabase } from '../../db/open-database';
import { TelaahError } from '../errors';
import { checkProjectFile } from './check-project-file';
import type { ProjectDeps } from './deps';
import type { Project } from './project';

export type { Project } from './project';

/**
 * Opens an existing project: checks it read-only (not Telaah, damaged, too new), backs it up into
 * `.telaah-backups/`, then opens it for writing and applies this version's pending migrations.
 */
export function openProject(file: string, deps: ProjectDeps): Project {
  if (!existsSync(file)) {
    throw new TelaahError('project_not_found', `Project “${file}” was not found.`, { file });
  }
  const migrationsFolder = deps.migrationsFolder ?? defaultMigrationsFolder;
  checkProjectFile(file, migrationsFolder, deps.now());
  const db = openDatabase({ file, migrationsFolder });
  return { db, file, close: () => db.$client.close() };
}
