import type { Result } from '../core/api/result';
import { IPC } from './bridge-api';
import { isTrustedSender, refused, type IpcMainLike } from './ipc-bridge';
import { isExternalLink } from './navigation-guard';
import { isShellCall, shellContract, type ShellCall, type ShellOutput } from './shell-contract';

type FileFilter = { name: string; extensions: string[] };

/** The parts of Electron's `dialog` and `shell` the handlers use, passed in by main.ts. */
export interface ShellServices {
  showOpenDialog(options: {
    properties: ('openFile' | 'multiSelections')[];
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  openExternal(url: string): Promise<void>;
  addRecent(path: string): void;
}

export type ShellHandlers = {
  [S in ShellCall]: (input: never) => Promise<ShellOutput<S>>;
};

const PROJECT_FILTER: FileFilter = { name: 'Telaah project', extensions: ['telaah'] };

export function createShellHandlers(services: ShellServices) {
  return {
    'dialog.openProject': async () => {
      const picked = await services.showOpenDialog({
        properties: ['openFile'],
        filters: [PROJECT_FILTER],
      });
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    'dialog.saveProject': async ({ defaultName }: { defaultName: string }) => {
      const picked = await services.showSaveDialog({
        defaultPath: defaultName,
        filters: [PROJECT_FILTER],
      });
      return picked.canceled ? null : (picked.filePath ?? null);
    },
    'dialog.importFiles': async ({ extensions }: { extensions: string[] }) => {
      const picked = await services.showOpenDialog({
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Papers', extensions }],
      });
      return picked.canceled ? [] : picked.filePaths;
    },
    'dialog.exportFile': async (input: { defaultName: string; extensions: string[] }) => {
      const picked = await services.showSaveDialog({
        defaultPath: input.defaultName,
        filters: [{ name: 'Export', extensions: input.extensions }],
      });
      return picked.canceled ? null : (picked.filePath ?? null);
    },
    'shell.openExternal': async ({ url }: { url: string }) => {
      if (!isExternalLink(url)) return false;
      await services.openExternal(url);
      return true;
    },
    'recent.add': ({ path }: { path: string }) => {
      services.addRecent(path);
      return Promise.resolve(true);
    },
  } satisfies ShellHandlers;
}

/** Hosts the shell calls on their IPC channel with the same sender check as the app calls. */
export function registerShellHandlers(
  ipcMain: IpcMainLike,
  handlers: ShellHandlers,
  isTrustedUrl: (url: string) => boolean,
): () => void {
  ipcMain.handle(IPC.shell, async (event, name, input): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, isTrustedUrl)) return refused();
    if (!isShellCall(name)) {
      const shown = String(name);
      return {
        ok: false,
        error: {
          code: 'not_found',
          message: `Unknown shell call "${shown}".`,
          params: { name: shown },
        },
      };
    }
    const parsed = shellContract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: `Invalid input for ${name}.`, params: { name } },
      };
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message, params: {} } };
    }
  });
  return () => {
    ipcMain.removeHandler(IPC.shell);
  };
}
