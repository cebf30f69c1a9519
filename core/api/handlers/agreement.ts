import type { AppSession } from '../app-session';
import type { agreementContract } from '../contracts/agreement';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the calls land
export type AgreementHandlers = Pick<Handlers, Extract<keyof typeof agreementContract, Channel>>;

/** Handlers of the agreement calls. */
export function agreementHandlers(_session: AppSession): AgreementHandlers {
  return {};
}
