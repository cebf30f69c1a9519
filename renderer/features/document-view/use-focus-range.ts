import { useEffect, type RefObject } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { drawFlash } from './draw-codings';
import type { Reader } from './use-reader';

const FLASH_MS = 1600;

/** Scrolls to the store's focus range (a search hit) and flashes it for a moment. */
export function useFocusRange(
  reader: Reader | null,
  scrollerRef: RefObject<HTMLElement | null>,
): void {
  const focusRange = useWorkspace((s) => s.focusRange);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!reader || !scroller || !focusRange || focusRange.documentId !== reader.documentId) return;
    const { view } = reader.editor;
    const from = reader.map.toPos(focusRange.start, 'start');
    const top = view.coordsAtPos(from, 1).top;
    const box = scroller.getBoundingClientRect();
    scroller.scrollTop += top - box.top - box.height / 3;
    drawFlash(reader, focusRange);
    const timer = setTimeout(() => {
      drawFlash(reader, null);
    }, FLASH_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [reader, scrollerRef, focusRange]);
}
