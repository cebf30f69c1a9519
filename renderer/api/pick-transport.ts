import { ApiCallError } from './api-call-error';
import type { Transport } from './create-client';
import { createHttpTransport } from './http-transport';
import { getBridge } from './telaah-bridge';
import { takeToken } from './take-token';

export type Mode = 'desktop' | 'browser';

/** Desktop when the preload exposed `window.telaah`, otherwise browser mode over HTTP. */
export function pickTransport(scope: Window): { mode: Mode; transport: Transport } {
  const bridge = getBridge(scope);
  if (bridge)
    return { mode: 'desktop', transport: (channel, input) => bridge.call(channel, input) };
  const token = takeToken(scope.location, scope.history, scope.sessionStorage);
  if (token === null) {
    return {
      mode: 'browser',
      transport: () =>
        Promise.reject(
          new ApiCallError(
            'unauthorized',
            'Open the address Telaah printed at start; it carries the access token.',
          ),
        ),
    };
  }
  return { mode: 'browser', transport: createHttpTransport({ token }) };
}
