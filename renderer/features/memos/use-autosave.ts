import { useEffect, useState } from 'react';
import { createAutosaver, type Autosaver, type SaveStatus } from './create-autosaver';

/** How long typing must pause before a memo is saved. */
export const AUTOSAVE_DELAY_MS = 600;

export interface AutosaveState {
  status: SaveStatus;
  error: unknown;
}

/**
 * An autosaver bound to one `save` for the component's life (key the component by what it
 * saves). Whatever is pending is saved on unmount and when the page is hidden or closed.
 */
export function useAutosave<P extends object>(
  save: (patch: P) => Promise<void>,
): [Autosaver<P>, AutosaveState] {
  const [state, setState] = useState<AutosaveState>({ status: 'saved', error: null });
  const [saver] = useState(() =>
    createAutosaver<P>({
      save,
      delayMs: AUTOSAVE_DELAY_MS,
      onStatus: (status, error) => {
        setState({ status, error: error ?? null });
      },
    }),
  );
  useEffect(() => {
    const onHide = (): void => void saver.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void saver.flush();
    };
  }, [saver]);
  return [saver, state];
}
