import { isTelaahError, type ErrorCode, type ErrorParams } from '../errors';
import { contract, isChannel, type Channel, type Output, type ParsedInput } from './contract';
import type { Result } from './result';

/** One handler per channel; `satisfies Handlers` makes a missing or mistyped one fail tsc. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
};

export type Dispatch = (channel: string, raw: unknown) => Promise<Result<unknown>>;

/**
 * Builds the one dispatch every transport hosts: validates input against the contract, runs the
 * handler and turns any failure into `{ ok: false, error }`.
 */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, raw) => {
    if (!isChannel(channel)) {
      return fail('not_found', `Unknown call "${channel}".`, { channel });
    }
    const parsed = contract[channel].input.safeParse(raw ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      return fail(
        'invalid_input',
        `Invalid input${where ? ` at ${where}` : ''}: ${issue?.message ?? ''}`,
        {
          channel,
        },
      );
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value: unknown = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (isTelaahError(error)) return fail(error.code, error.message, error.params);
      const message = error instanceof Error ? error.message : String(error);
      return fail('internal', `Internal error: ${message}`, {});
    }
  };
}

function fail(code: ErrorCode, message: string, params: ErrorParams): Result<never> {
  return { ok: false, error: { code, message, params } };
}
