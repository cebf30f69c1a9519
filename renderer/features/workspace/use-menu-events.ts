import { useEffect } from 'react';
import { getBridge, type MenuEvent } from '../../api/telaah-bridge';

/** Desktop menu clicks (File › Import, Edit › Undo…) delivered to `handle`; none in browser mode. */
export function useMenuEvents(handle: (event: MenuEvent) => void): void {
  useEffect(() => {
    const bridge = getBridge(window);
    if (!bridge || typeof bridge.onMenu !== 'function') return;
    return bridge.onMenu(handle);
  }, [handle]);
}
