import type { AppSession } from '../app-session';
import type { displaysContract } from '../contracts/displays';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the calls land
export type DisplaysHandlers = Pick<Handlers, Extract<keyof typeof displaysContract, Channel>>;

/** Handlers of the displays calls. */
export function displaysHandlers(_session: AppSession): DisplaysHandlers {
  return {};
}
