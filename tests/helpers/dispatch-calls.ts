import type { Channel, Input, Output } from '../../core/api/contract';
import type { Dispatch } from '../../core/api/dispatch';
import type { Result } from '../../core/api/result';

export interface DispatchCalls {
  /** The call's result, ok or not. */
  call: <C extends Channel>(channel: C, input: Input<C>) => Promise<Result<Output<C>>>;
  /** The call's value; throws with the channel and message when it fails. */
  ok: <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;
  /** The id of the code with this name; throws when there is none. */
  codeId: (name: string) => Promise<string>;
}

/**
 * Typed calls through an app's dispatch, as the renderer makes them. `app` is read at each call,
 * so tests can create the app in `beforeAll`.
 */
export function dispatchCalls(app: () => { dispatch: Dispatch }): DispatchCalls {
  const call = async <C extends Channel>(channel: C, input: Input<C>) =>
    (await app().dispatch(channel, input)) as Result<Output<C>>;
  const ok = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  const codeId = async (name: string): Promise<string> => {
    const code = (await ok('codes.list', {})).find((c) => c.name === name);
    if (code === undefined) throw new Error(`no code ${name}`);
    return code.id;
  };
  return { call, ok, codeId };
}
