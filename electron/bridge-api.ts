import type { Result } from '../core/api/result';
import type { MenuEvent } from './menu-actions';
import type { ShellCall, ShellInput, ShellOutput } from './shell-contract';

/** IPC channel names between preload and main; the only three the bridge uses. */
export const IPC = {
  call: 'telaah:call',
  shell: 'telaah:shell',
  menu: 'telaah:menu',
} as const;

/** The one object the preload exposes as `window.telaah`. */
export interface TelaahBridge {
  /** A contract call; unknown channels are refused before they reach IPC. */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** A native dialog or OS action the page cannot do itself. */
  shell<S extends ShellCall>(name: S, input: ShellInput<S>): Promise<Result<ShellOutput<S>>>;
  /** Application-menu clicks; returns the unsubscribe function. */
  onMenu(listener: (event: MenuEvent) => void): () => void;
  /** The disk path of a file dropped on the page, so desktop drag-and-drop imports by path. */
  pathForFile(file: File): string;
}
