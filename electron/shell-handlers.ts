import type { Result } from '../core/api/result';
import { IPC } from './bridge-api';
import { isTrustedSender, refused, type IpcMainLike } from './ipc-bridge';
import { isExternalLink } from './navigation-guard';
import {
  isShellCall,
  shellContract,
  type ShellCall,
  type ShellLanguage,
  type ShellOutput,
} from './shell-contract';
import type { ShellLanguageState } from './shell-language';

type FileFilter = { name: string; extensions: string[] };

/** The parts of Electron's `dialog` and `shell` the handlers use, passed in by main.ts. */
export interface ShellServices {
  showOpenDialog(options: {
    title: string;
    buttonLabel: string;
    properties: ('openFile' | 'multiSelections')[];
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title: string;
    buttonLabel: string;
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  openExternal(url: string): Promise<void>;
  addRecent(path: string): void;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

export type ShellHandlers = {
  [S in ShellCall]: (input: never) => Promise<ShellOutput<S>>;
};

const projectFilter = (name: string): FileFilter => ({ name, extensions: ['telaah'] });

/** Dialogs are labelled in the language current when they open, not when the shell started. */
export function createShellHandlers(services: ShellServices, language: ShellLanguageState) {
  const labels = () => language.labels().dialogs;
  return {
    'dialog.openProject': async () => {
      const text = labels();
      const picked = await services.showOpenDialog({
        ...text.openProject,
        properties: ['openFile'],
        filters: [projectFilter(text.projectFilter)],
      });
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    'dialog.saveProject': async ({ defaultName }: { defaultName: string }) => {
      const text = labels();
      const picked = await services.showSaveDialog({
        ...text.newProject,
        defaultPath: defaultName,
        filters: [projectFilter(text.projectFilter)],
      });
      return picked.canceled ? null : (picked.filePath ?? null);
    },
    'dialog.importFiles': async ({ extensions }: { extensions: string[] }) => {
      const text = labels();
      const picked = await services.showOpenDialog({
        ...text.importPapers,
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: text.papersFilter, extensions }],
      });
      return picked.canceled ? [] : picked.filePaths;
    },
    'dialog.exportFile': async (input: { defaultName: string; extensions: string[] }) => {
      const text = labels();
      const picked = await services.showSaveDialog({
        ...text.export,
        defaultPath: input.defaultName,
        filters: [{ name: text.exportFilter, extensions: input.extensions }],
      });
      return picked.canceled ? null : (picked.filePath ?? null);
    },
    'dialog.saveFile': async (input: {
      defaultName: string;
      extensions: string[];
      base64: string;
    }) => {
      const text = labels();
      const picked = await services.showSaveDialog({
        ...text.export,
        defaultPath: input.defaultName,
        filters: [{ name: text.exportFilter, extensions: input.extensions }],
      });
      if (picked.canceled || picked.filePath === undefined) return null;
      await services.writeFile(picked.filePath, Buffer.from(input.base64, 'base64'));
      return picked.filePath;
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
    'app.setLanguage': (input: { language: ShellLanguage }) => {
      language.set(input.language);
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
