import { TextSelection } from '@tiptap/pm/state';
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

/** The browser's selection as of the last `selectionchange` event. */
export interface SeenSelection {
  anchorNode?: Node | null;
  anchorOffset?: number;
  focusNode?: Node | null;
  focusOffset?: number;
}

/**
 * Pulls the browser's selection into the editor now. ProseMirror reads it on `selectionchange`,
 * which the browser fires after the key events that moved it, so a fast Shift+Arrow then Ctrl+K
 * would otherwise code the selection one key press old.
 */
export function syncReaderSelection(reader: Reader, seen: SeenSelection = {}): void {
  const view = reader.editor.view;
  const dom = window.getSelection();
  if (!dom?.anchorNode || !dom.focusNode) return;
  // Unchanged since the last `selectionchange` (which ProseMirror has read): nothing to pull in.
  if (
    dom.anchorNode === seen.anchorNode &&
    dom.anchorOffset === seen.anchorOffset &&
    dom.focusNode === seen.focusNode &&
    dom.focusOffset === seen.focusOffset
  )
    return;
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    head = view.posAtDOM(dom.focusNode, dom.focusOffset);
  } catch {
    return;
  }
  const { selection, doc } = view.state;
  if (selection.anchor === anchor && selection.head === head) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, anchor, head)));
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
    // Capture phase: runs before the coding keys read the store's selection.
    const seen: SeenSelection = {};
    const onSelectionChange = (): void => {
      const dom = window.getSelection();
      seen.anchorNode = dom?.anchorNode;
      seen.anchorOffset = dom?.anchorOffset;
      seen.focusNode = dom?.focusNode;
      seen.focusOffset = dom?.focusOffset;
    };
    const onKeyDown = (): void => {
      syncReaderSelection(reader, seen);
    };
    const dom = reader.editor.view.dom;
    reader.editor.on('selectionUpdate', onSelection);
    dom.addEventListener('dragstart', onDragStart);
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      reader.editor.off('selectionUpdate', onSelection);
      dom.removeEventListener('dragstart', onDragStart);
      window.removeEventListener('keydown', onKeyDown, true);
      store.setSelection(null);
    };
  }, [reader, store]);
}
