import { basename } from 'node:path';
import { ensureCoder } from '../coding/coders';
import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import { createProject } from '../project/create-project';
import type { ProjectDeps } from '../project/deps';
import { openProject, type Project } from '../project/open-project';
import { fillSampleProject } from '../sample/fill-sample-project';
import type { RecentProject, SettingsStore } from '../settings/settings-store';
import type { ProjectInfo } from './contract';

/** The one project an app window works on, and who is coding in it. */
export interface AppSession {
  create(file: string, coder: string, starterCodebook: boolean): ProjectInfo;
  open(file: string, coder: string): ProjectInfo;
  /** Creates a project filled with the sample papers, codings and memo, and opens it. */
  createSample(file: string, coder: string): Promise<ProjectInfo>;
  /** Projects opened before, most recent first; empty without a settings store. */
  recent(): RecentProject[];
  close(): void;
  current(): ProjectInfo | null;
  /** The service context of the open project; project_not_open when there is none. */
  ctx(): Ctx;
}

export function createAppSession(
  deps: ProjectDeps,
  options: { settings?: SettingsStore } = {},
): AppSession {
  let state: { project: Project; ctx: Ctx; info: ProjectInfo } | null = null;

  const adopt = (project: Project, coderName: string): ProjectInfo => {
    try {
      const coder = ensureCoder(project.db, deps, coderName);
      const info: ProjectInfo = { file: project.file, name: basename(project.file), coder };
      state = {
        project,
        info,
        ctx: { db: project.db, now: deps.now, newId: deps.newId, coderId: coder.id },
      };
      options.settings?.addRecent(project.file, deps.now());
      return info;
    } catch (error) {
      project.close();
      throw error;
    }
  };

  const close = (): void => {
    state?.project.close();
    state = null;
  };

  return {
    create(file, coder, starterCodebook) {
      const project = createProject(file, deps, { starterCodebook });
      close();
      return adopt(project, coder);
    },
    open(file, coder) {
      const project = openProject(file, deps);
      close();
      return adopt(project, coder);
    },
    async createSample(file, coder) {
      const project = createProject(file, deps, { starterCodebook: true });
      try {
        await fillSampleProject(project.db, deps, coder);
      } catch (error) {
        project.close();
        throw error;
      }
      close();
      return adopt(project, coder);
    },
    close,
    current: () => state?.info ?? null,
    recent: () => options.settings?.recentProjects() ?? [],
    ctx() {
      if (!state)
        throw new TelaahError(
          'project_not_open',
          'No project is open. Create or open a project first.',
        );
      return state.ctx;
    },
  };
}
