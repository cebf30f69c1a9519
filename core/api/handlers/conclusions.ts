import type { AppSession } from '../app-session';
import type { conclusionsContract } from '../contracts/conclusions';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the calls land
export type ConclusionsHandlers = Pick<
  Handlers,
  Extract<keyof typeof conclusionsContract, Channel>
>;

/** Handlers of the conclusions calls. */
export function conclusionsHandlers(_session: AppSession): ConclusionsHandlers {
  return {};
}
