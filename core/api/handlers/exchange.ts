import type { AppSession } from '../app-session';
import type { exchangeContract } from '../contracts/exchange';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the calls land
export type ExchangeHandlers = Pick<Handlers, Extract<keyof typeof exchangeContract, Channel>>;

/** Handlers of the exchange calls. */
export function exchangeHandlers(_session: AppSession): ExchangeHandlers {
  return {};
}
