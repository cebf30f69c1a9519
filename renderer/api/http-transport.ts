import type { Result } from '../../core/api/result';
import { ApiCallError } from './api-call-error';
import type { Transport } from './create-client';

export interface HttpTransportOptions {
  token: string;
  /** '' for the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** Browser mode: every call is a POST to the local server, authorised by the per-run token. */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return async (channel, input) => {
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl ?? ''}/api/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telaah-token': options.token },
        body: JSON.stringify({ channel, input }),
      });
    } catch {
      throw new ApiCallError('unreachable', 'Telaah is not running. Start it again and reload.');
    }
    if (response.status === 401 || response.status === 403) {
      throw new ApiCallError(
        'unauthorized',
        'This page is not allowed to talk to Telaah. Open the address Telaah printed at start.',
      );
    }
    if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
      throw new ApiCallError('unreachable', `Telaah answered ${response.status}.`);
    }
    return (await response.json()) as Result<unknown>;
  };
}
