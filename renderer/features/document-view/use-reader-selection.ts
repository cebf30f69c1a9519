import { useEffect } from 'react';
import type { WorkspaceStore } from '../../app/workspace-store';
import type { Reader } from './use-reader';

/** MIME type of a dragged selection; the codebook's rows accept it and code the range. */
export const RANGE_DRAG_TYPE = 'application/x-telaah-range';

/** The canonical-text range of the editor's selection, or null when it is collapsed. */
export function readerSelection(
  reader: Reader,
): { start: number; end: number; text: string } | null {
  const { from, to, empty } = reader.editor.state.selection;
  if (empty) return null;
  const start = reader.map.toOffset(from, 'start');
  const end = reader.map.toOffset(to, 'end');
  if (end <= start) return null;
  return { start, end, text: reader.text.slice(start, end) };
}

/** Mirrors the reader's selection into the store and lets it be dragged onto a code. */
export function useReaderSelection(reader: Reader | null, store: WorkspaceStore): void {
  useEffect(() => {
    if (!reader) return;
    const onSelection = (): void => {
      const next = readerSelection(reader);
      const prev = store.get().selection;
      if (next?.start === prev?.start && next?.end === prev?.end) return;
      store.setSelection(next);
    };
    const onDragStart = (event: DragEvent): void => {
      const range = readerSelection(reader);
      if (!range || !event.dataTransfer) return;
      const payload = { documentId: reader.documentId, start: range.start, end: range.end };
      event.dataTransfer.setData(RANGE_DRAG_TYPE, JSON.stringify(payload));
      event.dataTransfer.effectAllowed = 'copy';
    };
    const dom = reader.editor.view.dom;
    reader.editor.on('selectionUpdate', onSelection);
    dom.addEventListener('dragstart', onDragStart);
    return () => {
      reader.editor.off('selectionUpdate', onSelection);
      dom.removeEventListener('dragstart', onDragStart);
      store.setSelection(null);
    };
  }, [reader, store]);
}
