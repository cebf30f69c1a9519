import type { Channel, Input, Output } from '../../core/api/contract';
import type { Result } from '../../core/api/result';
import { ApiCallError } from './api-call-error';

/** Carries one call to the dispatch: Electron IPC or HTTP in browser mode. */
export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

export interface Client {
  /** Resolves with the call's output, or throws an {@link ApiCallError}. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const result = await transport(channel, input);
      if (!result.ok) {
        throw new ApiCallError(result.error.code, result.error.message, result.error.params);
      }
      // The dispatch validated the value against the same contract on the other side.
      return result.value as Output<C>;
    },
  };
}
