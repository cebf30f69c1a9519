import type { AppSession } from '../app-session';
import type { networkContract } from '../contracts/network';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the calls land
export type NetworkHandlers = Pick<Handlers, Extract<keyof typeof networkContract, Channel>>;

/** Handlers of the network calls. */
export function networkHandlers(_session: AppSession): NetworkHandlers {
  return {};
}
