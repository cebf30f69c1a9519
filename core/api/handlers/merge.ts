import { defaultMigrationsFolder } from '../../../db/default-migrations-folder';
import { mergeProjects } from '../../merge/merge-projects';
import type { AppSession } from '../app-session';
import type { mergeContract } from '../contracts/merge';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

export type MergeHandlers = Pick<Handlers, Extract<keyof typeof mergeContract, Channel>>;

/** Handlers of the merge calls. */
export function mergeHandlers(session: AppSession): MergeHandlers {
  const merge = (input: Parameters<MergeHandlers['merge.apply']>[0], dryRun: boolean) =>
    mergeProjects(session.ctx(), input, {
      projectFile: session.current()?.file ?? null,
      migrationsFolder: defaultMigrationsFolder,
      dryRun,
    });
  return {
    'merge.preview': (input) => merge(input, true),
    'merge.apply': (input) => merge(input, false),
  };
}
