import { useEffect } from 'react';
import type { WorkspaceStore } from '../../app/workspace-store';
import { pickSegment, segmentIdsOf } from './pick-segment';
import type { Reader } from './use-reader';

/** A click (not a drag-select) on a coding selects its segment; on plain text, deselects. */
export function useCodingClicks(reader: Reader | null, store: WorkspaceStore): void {
  useEffect(() => {
    if (!reader) return;
    const onClick = (event: MouseEvent): void => {
      if (!reader.editor.state.selection.empty) return;
      const ids = segmentIdsOf(event.target instanceof Element ? event.target : null);
      const segment = pickSegment(ids, store.get().segments);
      store.selectSegment(segment?.id ?? null);
    };
    const dom = reader.editor.view.dom;
    dom.addEventListener('click', onClick);
    return () => {
      dom.removeEventListener('click', onClick);
    };
  }, [reader, store]);
}
