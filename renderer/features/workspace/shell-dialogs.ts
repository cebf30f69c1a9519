import { ApiCallError } from '../../api/api-call-error';
import { getBridge } from '../../api/telaah-bridge';

/** The desktop shell's native dialogs (electron/shell-contract.ts), absent in browser mode. */
export interface ShellDialogs {
  openProject(): Promise<string | null>;
  saveProject(defaultName: string): Promise<string | null>;
  importFiles(extensions: string[]): Promise<string[]>;
  addRecent(path: string): Promise<void>;
}

export const IMPORT_EXTENSIONS = ['pdf', 'docx', 'html', 'htm', 'md', 'txt'];

/** The shell's dialogs when running in the desktop app, else null. */
export function shellDialogs(scope: object = window): ShellDialogs | null {
  const bridge = getBridge(scope);
  if (!bridge) return null;
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await bridge.shell(name, input);
    if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
    return result.value as T;
  };
  return {
    openProject: () => call<string | null>('dialog.openProject', {}),
    saveProject: (defaultName) => call<string | null>('dialog.saveProject', { defaultName }),
    importFiles: (extensions) => call<string[]>('dialog.importFiles', { extensions }),
    addRecent: async (path) => {
      await call<boolean>('recent.add', { path });
    },
  };
}
