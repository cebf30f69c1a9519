import { readMigrationFiles } from 'drizzle-orm/migrator';
import { defaultDeps, type ProjectDeps } from '../project/deps';
import { defaultMigrationsFolder } from '../../db/default-migrations-folder';
import { settingsFile } from '../settings/settings-file';
import { createSettingsStore } from '../settings/settings-store';
import { createAppSession } from './app-session';
import { createHandlers } from './create-handlers';
import { createDispatch, type Dispatch } from './dispatch';

export interface AppDispatch {
  dispatch: Dispatch;
  /** Closes the open project, if any. */
  close(): void;
}

/** The dispatch every transport hosts: the real handlers over one app session. */
export function createAppDispatch(options: {
  version: string;
  deps?: ProjectDeps;
  /** The settings file (recent projects); defaults to the user's config dir, null for none. */
  settingsFile?: string | null;
}): AppDispatch {
  const deps = options.deps ?? defaultDeps;
  const migrationsFolder = deps.migrationsFolder ?? defaultMigrationsFolder;
  const schemaVersion = readMigrationFiles({ migrationsFolder }).length;
  const file = options.settingsFile === undefined ? settingsFile() : options.settingsFile;
  const session = createAppSession(
    deps,
    file === null ? {} : { settings: createSettingsStore(file) },
  );
  const handlers = createHandlers(session, { version: options.version, schemaVersion });
  return {
    dispatch: createDispatch(handlers),
    close: () => {
      session.close();
    },
  };
}
