import type { Result } from '../../core/api/result';

/** A menu click forwarded by the desktop shell. */
export interface MenuEvent {
  action: string;
  path?: string;
}

/**
 * What the desktop preload exposes as `window.telaah`, as far as the renderer relies on it. A unit
 * test checks that electron/expose-bridge.ts still produces an object of this shape.
 */
export interface TelaahBridge {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  shell(name: string, input: unknown): Promise<Result<unknown>>;
  onMenu(listener: (event: MenuEvent) => void): () => void;
  /** The disk path of a dropped file (desktop only). */
  pathForFile(file: File): string;
}

/** The desktop bridge from the preload, absent in browser mode. */
export function getBridge(scope: object): TelaahBridge | undefined {
  const candidate = (scope as { telaah?: Partial<TelaahBridge> }).telaah;
  return typeof candidate?.call === 'function' ? (candidate as TelaahBridge) : undefined;
}
