import { useEffect, useRef } from 'react';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { CodingActions } from './use-coding-actions';
import { targetOf } from './use-coding-actions';
import { isAlt, isMod, isTypingTarget, matchesShortcut } from './match-shortcut';
import { markTime } from './mark-time';

export interface CodingKeyHandlers {
  actions: CodingActions;
  openPalette: () => void;
  openNewCode: () => void;
}

/** Key scheme shown in the UI: Ctrl/Cmd+K palette, Alt+R repeat, Alt+V in vivo, Alt+N new code. */
export const PALETTE_KEYS = 'Ctrl+K';

/**
 * The coding keys, active while a document is open and the focus is not in a text field:
 * each code's own shortcut, the palette, repeat last, in vivo and new code.
 */
export function useCodingKeys(enabled: boolean, handlers: CodingKeyHandlers): void {
  const store = useWorkspaceStore();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      // Modal dialogs trap the focus: look up from it, not through a document of a million characters.
      if (document.activeElement?.closest('[aria-modal="true"]')) return;
      const handled = handle(event, latest.current, store);
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [enabled, store]);
}

function handle(
  event: KeyboardEvent,
  { actions, openPalette, openNewCode }: CodingKeyHandlers,
  store: ReturnType<typeof useWorkspaceStore>,
): boolean {
  if (isMod(event, 'k')) {
    openPalette();
    return true;
  }
  const target = targetOf(store);
  if (target === null) return false;
  if (isAlt(event, 'R')) return fire(() => actions.repeatLast());
  if (target === 'selection' && isAlt(event, 'V')) return fire(() => actions.inVivo());
  if (target === 'selection' && isAlt(event, 'N')) {
    openNewCode();
    return true;
  }
  const code = store
    .get()
    .codes.find((c) => c.shortcut && c.codable && matchesShortcut(c.shortcut, event));
  if (!code) return false;
  return fire(() => actions.apply([code.id]));
}

function fire(action: () => Promise<void>): true {
  markTime('telaah:code-key');
  void action();
  return true;
}
