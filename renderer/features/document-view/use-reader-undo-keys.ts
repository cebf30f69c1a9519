import { useEffect } from 'react';
import { isReaderTarget } from './match-shortcut';

/**
 * Ctrl/Cmd+Z and redo while the focus is in the document reader, which is editable only for its
 * caret: the workspace's own undo shortcuts skip editable elements, so the reader passes them on.
 */
export function useReaderUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || !isReaderTarget(event.target))
        return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [undo, redo]);
}
