import { z } from 'zod';

const nullablePath = z.string().nullable();

/** The UI languages the shell has labels for; the renderer's languages, checked by a test. */
export const shellLanguage = z.enum(['en', 'id']);
export type ShellLanguage = z.infer<typeof shellLanguage>;

/**
 * The few native services the renderer may ask the shell for. Kept apart from the app contract:
 * they exist only on the desktop, and browser mode uses file inputs and links instead.
 */
export const shellContract = {
  'dialog.openProject': { input: z.object({}), output: nullablePath },
  'dialog.saveProject': {
    input: z.object({ defaultName: z.string().max(255) }),
    output: nullablePath,
  },
  'dialog.importFiles': {
    input: z.object({ extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).max(20) }),
    output: z.array(z.string()),
  },
  'dialog.exportFile': {
    input: z.object({
      defaultName: z.string().max(255),
      extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).max(20),
    }),
    output: nullablePath,
  },
  /**
   * Asks where to save an export the app produced (bytes as base64, at most 200 MB) and writes
   * it there. Only a path the user picked in the native dialog is ever written.
   */
  'dialog.saveFile': {
    input: z.object({
      defaultName: z.string().max(255),
      extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).max(20),
      base64: z.string().max(280_000_000),
    }),
    output: nullablePath,
  },
  'shell.openExternal': { input: z.object({ url: z.string().max(2048) }), output: z.boolean() },
  /** Records a project the renderer opened, for File › Open Recent and the OS list. */
  'recent.add': { input: z.object({ path: z.string().min(1).max(4096) }), output: z.boolean() },
  /** Switches the menu and native dialogs to the language the user chose in the app. */
  'app.setLanguage': { input: z.object({ language: shellLanguage }), output: z.boolean() },
} as const;

export type ShellContract = typeof shellContract;
export type ShellCall = keyof ShellContract;
export type ShellInput<S extends ShellCall> = z.input<ShellContract[S]['input']>;
export type ShellOutput<S extends ShellCall> = z.output<ShellContract[S]['output']>;

export function isShellCall(name: unknown): name is ShellCall {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(shellContract, name);
}
