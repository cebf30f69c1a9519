import { randomUUID } from 'node:crypto';
import { defaultMigrationsFolder } from '../../db/default-migrations-folder';

/** What opening or creating a project needs from the outside world. */
export interface ProjectDeps {
  now: () => number;
  newId: () => string;
  /** Where the migrations live; defaults to the repository's `migrations/`. */
  migrationsFolder?: string;
}

export const defaultDeps: ProjectDeps = {
  now: () => Date.now(),
  newId: () => randomUUID(),
  migrationsFolder: defaultMigrationsFolder,
};
