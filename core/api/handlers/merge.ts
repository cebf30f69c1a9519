import type { AppSession } from '../app-session';
import type { mergeContract } from '../contracts/merge';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the calls land
export type MergeHandlers = Pick<Handlers, Extract<keyof typeof mergeContract, Channel>>;

/** Handlers of the merge calls. */
export function mergeHandlers(_session: AppSession): MergeHandlers {
  return {};
}
