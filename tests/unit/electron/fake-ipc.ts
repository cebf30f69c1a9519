import type { IpcRendererLike } from '../../../electron/expose-bridge';
import type { InvokeEvent, IpcMainLike } from '../../../electron/ipc-bridge';

type Handler = (event: InvokeEvent, ...args: unknown[]) => unknown;
type Listener = (event: unknown, ...args: unknown[]) => void;

/** An in-memory ipcMain/ipcRenderer pair; `frameUrl` plays the sending frame's address. */
export function createFakeIpc(frameUrl = 'telaah://app/index.html') {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Set<Listener>>();
  const state = { frameUrl };

  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };

  const ipcRenderer: IpcRendererLike = {
    async invoke(channel, ...args) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      // Electron clones arguments and results across the process boundary.
      const cloned = structuredClone(args);
      return structuredClone(await handler({ senderFrame: { url: state.frameUrl } }, ...cloned));
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };

  /** What `webContents.send` does: the listener gets an event object first. */
  const send = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) {
      listener({ sender: 'ipc-renderer-internals' }, structuredClone(payload));
    }
  };

  return { ipcMain, ipcRenderer, send, handlers, state };
}
