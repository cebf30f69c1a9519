import { useEffect } from 'react';
import type { CodeItem, SegmentItem, WorkspaceStore } from '../../app/workspace-store';
import { drawCodings, drawSelected } from './draw-codings';
import { markTime } from './mark-time';
import type { Reader } from './use-reader';

/** What the highlights depend on in the codes: ids and colours, not names or counts. */
function colourKey(codes: readonly CodeItem[]): string {
  return codes.map((c) => `${c.id}${c.color}`).join();
}

/**
 * Keeps the decorations in step with the store by subscribing to it directly: a new segment list
 * becomes one meta transaction, with no React render of the editor in between.
 */
export function useCodingSync(reader: Reader | null, store: WorkspaceStore): void {
  useEffect(() => {
    if (!reader) return;
    let lastSegments: SegmentItem[] | null = null;
    let lastColours: string | null = null;
    let lastSelected: string | null | undefined;
    const sync = (): void => {
      const s = store.get();
      const colours = colourKey(s.codes);
      if (s.segments !== lastSegments || colours !== lastColours) {
        markTime('telaah:segments-arrived');
        const pieces = drawCodings(reader, s.segments, s.codes);
        markTime('telaah:codings-applied', { pieces });
        requestAnimationFrame(() => {
          markTime('telaah:codings-painted', { pieces });
        });
      }
      if (s.segments !== lastSegments || s.selectedSegmentId !== lastSelected) {
        const segment = s.segments.find((seg) => seg.id === s.selectedSegmentId) ?? null;
        drawSelected(reader, segment);
      }
      lastSegments = s.segments;
      lastColours = colours;
      lastSelected = s.selectedSegmentId;
    };
    sync();
    return store.subscribe(sync);
  }, [reader, store]);
}
