import { isChannel } from '../core/api/contract';
import type { Result } from '../core/api/result';
import { IPC, type TelaahBridge } from './bridge-api';
import { isMenuEvent, type MenuEvent } from './menu-actions';
import { isShellCall, type ShellCall, type ShellInput, type ShellOutput } from './shell-contract';

/** The parts of `ipcRenderer` the bridge uses, so it is tested with a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds `window.telaah`: contract calls and shell calls by name only (never a raw ipcRenderer),
 * and menu events with the Electron event stripped so the page never holds `sender`.
 */
export function createBridge(
  ipcRenderer: IpcRendererLike,
  pathForFile: (file: File) => string = () => '',
): TelaahBridge {
  return {
    pathForFile(file) {
      // Electron's webUtils: the path of a file dropped on the page ('' for non-disk files).
      try {
        return pathForFile(file);
      } catch {
        return '';
      }
    },
    call(channel, input) {
      if (!isChannel(channel)) return Promise.resolve(unknownCall(channel));
      return ipcRenderer.invoke(IPC.call, channel, input) as Promise<Result<unknown>>;
    },
    shell<S extends ShellCall>(name: S, input: ShellInput<S>) {
      if (!isShellCall(name)) return Promise.resolve(unknownCall(String(name)));
      return ipcRenderer.invoke(IPC.shell, name, input) as Promise<Result<ShellOutput<S>>>;
    },
    onMenu(listener) {
      const wrapped = (_event: unknown, payload: unknown) => {
        if (isMenuEvent(payload)) listener(copyMenuEvent(payload));
      };
      ipcRenderer.on(IPC.menu, wrapped);
      return () => {
        ipcRenderer.removeListener(IPC.menu, wrapped);
      };
    },
  };
}

function copyMenuEvent(event: MenuEvent): MenuEvent {
  return event.path === undefined
    ? { action: event.action }
    : { action: event.action, path: event.path };
}

function unknownCall(name: string): Result<never> {
  return {
    ok: false,
    error: { code: 'not_found', message: `Unknown call "${name}".`, params: { channel: name } },
  };
}
