import type {
  CodeItem,
  PendingCoding,
  SegmentItem,
  WorkspaceState,
  WorkspaceStore,
} from '../../app/workspace-store';
import type { CodingPiece } from '../../ui/to-segments';
import { createCodingPainter, type PainterRows } from './coding-painter';
import { drawAll, drawPatch, drawSelected, pendingRows, segmentRows } from './draw-codings';
import { afterPaint, markTime } from './mark-time';
import { createPendingHighlights } from './pending-highlights';
import type { Reader } from './use-reader';
import { visibleSegments } from './visible-segments';

/** Text drawn at once when a document opens (a few screens); the rest follows when idle. */
const FIRST_CHARS = 20_000;
/** Pieces drawn per idle chunk. */
const CHUNK = 2_000;
const FALLBACK_COLOR = '#888888';

const whenIdle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 100 });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(work, 0);
  return () => {
    clearTimeout(timer);
  };
};

/** What the highlights depend on in the codes: ids and colours, not names or counts. */
function colourKey(codes: readonly CodeItem[]): string {
  return codes.map((c) => `${c.id}${c.color}`).join();
}

/**
 * Keeps the reader's decorations in step with the store: the first screens at once and the rest
 * in idle chunks on open, then one small patch per change (pending codings included). Returns a
 * function that stops it.
 */
export function startCodingSync(reader: Reader, store: WorkspaceStore): () => void {
  let colours = new Map<string, string>();
  const colorOf = (id: string): string => colours.get(id) ?? FALLBACK_COLOR;
  const painter = createCodingPainter(reader.map, colorOf, reader.blocks);
  // Where the browser can, pending codings are painted as CSS highlights, outside the editor.
  const highlights = createPendingHighlights(reader, colorOf);
  const pendingExtra = (pending: readonly PendingCoding[]) =>
    highlights ? [] : pendingRows(reader, pending);
  let queue: CodingPiece[] = [];
  let total = 0;
  let cancelIdle = (): void => undefined;
  let last: { segments: SegmentItem[]; pending: PendingCoding[]; colours: string } | null = null;
  let lastSelected: string | null | undefined;

  /** Pieces from this offset on are still to be cut (when idle), then drawn in chunks. */
  let restFrom: number | null = null;
  const cutRest = (): void => {
    if (restFrom === null) return;
    queue = painter.rest(restFrom);
    total += queue.length;
    restFrom = null;
  };
  const drain = (): void => {
    if (reader.editor.isDestroyed) return;
    cutRest();
    const chunk = queue.slice(0, CHUNK);
    queue = queue.slice(CHUNK);
    if (chunk.length > 0) {
      drawAll(reader, painter.specsOf(chunk), 'add');
      highlights?.refresh();
    }
    if (queue.length > 0) cancelIdle = whenIdle(drain);
    else
      afterPaint(() => {
        markTime('telaah:codings-complete', { pieces: total });
      });
  };
  /** Draws every row anew; `chunked`: the first screens now, the rest when idle. */
  const paintAll = (rows: PainterRows, chunked: boolean): void => {
    cancelIdle();
    queue = [];
    restFrom = null;
    if (!chunked) {
      const pieces = painter.all(rows);
      drawAll(reader, painter.specsOf(pieces));
      return;
    }
    const head = painter.head(rows, FIRST_CHARS);
    total = head.pieces.length;
    restFrom = head.end;
    drawAll(reader, painter.specsOf(head.pieces));
    // The rest waits for the first screen to be on it: an idle callback's timeout could otherwise
    // run a chunk before the browser paints, and the reader would show nothing meanwhile.
    let cancelled = false;
    cancelIdle = () => {
      cancelled = true;
    };
    afterPaint(() => {
      markTime('telaah:first-codings-painted', { pieces: head.pieces.length });
      if (!cancelled && !reader.editor.isDestroyed) cancelIdle = whenIdle(drain);
    });
  };

  /** The rows that changed since the last sync (the segment list only when it is new). */
  const rowsFor = (s: WorkspaceState, shown: SegmentItem[]): PainterRows => ({
    ...(shown !== last?.segments ? { base: segmentRows(reader, shown) } : {}),
    ...(s.pendingCodings !== last?.pending ? { extra: pendingExtra(s.pendingCodings) } : {}),
  });
  const redraw = (s: WorkspaceState, shown: SegmentItem[], key: string): void => {
    const first = !last || painter.size() === 0;
    if (first || key !== last?.colours) {
      // First draw: on open (the store may still hold the previous document's list), or colours.
      colours = new Map(s.codes.map((c) => [c.id, c.color]));
      highlights?.prepare(colours.values());
      const rows = {
        base: segmentRows(reader, shown),
        extra: pendingExtra(s.pendingCodings),
      };
      paintAll(rows, first);
    } else {
      cutRest();
      const patch = painter.patch(rowsFor(s, shown));
      if (patch) {
        queue = queue.filter((p) => p.end <= patch.start || p.start >= patch.end);
        drawPatch(reader, patch);
        markTime('telaah:codings-applied', { pieces: patch.specs.length });
      }
    }
    if (s.pendingCodings !== last?.pending) highlights?.paint(s.pendingCodings);
    else highlights?.refresh();
    if (last) markPending(last.pending, s.pendingCodings);
  };
  const sync = (): void => {
    // The editor goes before React ends this subscription when another document opens.
    if (reader.editor.isDestroyed) return;
    const s = store.get();
    const shown = visibleSegments(s);
    const key = colourKey(s.codes);
    if (
      !last ||
      key !== last.colours ||
      shown !== last.segments ||
      s.pendingCodings !== last.pending
    ) {
      redraw(s, shown, key);
    }
    if (shown !== last?.segments || s.selectedSegmentId !== lastSelected) {
      const segment = shown.find((seg) => seg.id === s.selectedSegmentId) ?? null;
      drawSelected(reader, segment);
      highlights?.refresh();
    }
    last = { segments: shown, pending: s.pendingCodings, colours: key };
    lastSelected = s.selectedSegmentId;
  };
  sync();
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    cancelIdle();
    highlights?.destroy();
  };
}

/** Marks for the bench: a pending coding drawn, and one replaced by the server's segment. */
function markPending(before: readonly PendingCoding[], after: readonly PendingCoding[]): void {
  if (after.some((p) => !before.includes(p))) {
    markTime('telaah:pending-dispatched');
    afterPaint(() => {
      markTime('telaah:pending-painted');
    });
  }
  if (before.some((p) => !after.includes(p))) {
    afterPaint(() => {
      markTime('telaah:confirmed-painted');
    });
  }
}
