import { isChannel } from '../core/api/contract';
import type { Dispatch } from '../core/api/dispatch';
import type { Result } from '../core/api/result';
import { IPC } from './bridge-api';

/** The part of an `IpcMainInvokeEvent` the bridge looks at. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

/** The part of `ipcMain` the bridge needs, so it is tested with a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/**
 * Hosts the app dispatch on one IPC channel. Calls from any frame but the app's own, and
 * channels not in the contract, are answered with an error Result; nothing ever throws across
 * IPC, where Electron would reduce an exception to a bare message.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
): () => void {
  ipcMain.handle(IPC.call, async (event, channel, input): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, isTrustedUrl)) return refused();
    if (typeof channel !== 'string' || !isChannel(channel)) {
      const name = typeof channel === 'string' ? channel : typeof channel;
      return {
        ok: false,
        error: { code: 'not_found', message: `Unknown call "${name}".`, params: { channel: name } },
      };
    }
    try {
      return await dispatch(channel, input);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message, params: {} } };
    }
  });
  return () => {
    ipcMain.removeHandler(IPC.call);
  };
}

export function isTrustedSender(
  event: InvokeEvent,
  isTrustedUrl: (url: string) => boolean,
): boolean {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && isTrustedUrl(url);
}

export function refused(): Result<never> {
  return {
    ok: false,
    error: {
      code: 'invalid_input',
      message: 'Call refused: it did not come from the app.',
      params: {},
    },
  };
}
