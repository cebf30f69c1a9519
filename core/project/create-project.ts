import { existsSync } from 'node:fs';
import { defaultMigrationsFolder } from '../../db/default-migrations-folder';
import { openDatabase } from '../../db/open-database';
import { meta } from '../../db/schema';
import { insertCode } from '../coding/create-code';
import { starterCodebook } from '../coding/starter-codebook';
import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import type { ProjectDeps } from './deps';
import type { Project } from './project';
import { TELAAH_VERSION } from './telaah-version';

export interface CreateProjectOptions {
  /** Seed the four starter codes (identity, norm, culture, obstacle). Default true. */
  starterCodebook?: boolean;
}

/** Creates a new project file; refuses to touch an existing file (project_exists). */
export function createProject(
  file: string,
  deps: ProjectDeps,
  options: CreateProjectOptions = {},
): Project {
  if (existsSync(file)) {
    throw new TelaahError(
      'project_exists',
      `“${file}” already exists. Choose another name or open that project.`,
      { file },
    );
  }
  const db = openDatabase({
    file,
    migrationsFolder: deps.migrationsFolder ?? defaultMigrationsFolder,
  });
  try {
    const ctx: Ctx = { db, now: deps.now, newId: deps.newId, coderId: '' };
    inChange(ctx, (change) => {
      const createdAt = String(deps.now());
      db.insert(meta)
        .values([
          { key: 'created_with', value: TELAAH_VERSION },
          { key: 'created_at', value: createdAt },
        ])
        .run();
      if (options.starterCodebook ?? true) {
        for (const code of starterCodebook()) insertCode(ctx, change, code);
      }
    });
  } catch (error) {
    db.$client.close();
    throw error;
  }
  return { db, file, close: () => db.$client.close() };
}
