import type { AppSession } from '../app-session';
import type { retrievalContract } from '../contracts/retrieval';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- until the calls land
export type RetrievalHandlers = Pick<Handlers, Extract<keyof typeof retrievalContract, Channel>>;

/** Handlers of the retrieval calls. */
export function retrievalHandlers(_session: AppSession): RetrievalHandlers {
  return {};
}
