import type { CodeItem, SegmentItem } from '../../app/workspace-store';
import { toSegments } from '../../ui/to-segments';
import { codingDecorationSpecs } from './coding-decoration-specs';
import {
  codingHighlightsKey,
  codingOverlayKey,
  type HighlightsMeta,
} from './extensions/coding-layers';
import type { Reader } from './use-reader';

/** Segments of the reader's document only (the list can still be the previous one's). */
export function segmentsOf(reader: Reader, segments: readonly SegmentItem[]): SegmentItem[] {
  return segments.filter((s) => s.documentId === reader.documentId);
}

/** Redraws the coding highlights from the segment rows and code colours; returns the pieces drawn. */
export function drawCodings(
  reader: Reader,
  segments: readonly SegmentItem[],
  codes: readonly CodeItem[],
): number {
  const colors = new Map(codes.map((c) => [c.id, c.color]));
  const pieces = toSegments(segmentsOf(reader, segments));
  const specs = codingDecorationSpecs(pieces, reader.map, (id) => colors.get(id) ?? '#888888');
  const meta: HighlightsMeta = { specs };
  const { view } = reader.editor;
  view.dispatch(view.state.tr.setMeta(codingHighlightsKey, meta).setMeta('addToHistory', false));
  return specs.length;
}

/** Emphasises the selected segment (or nothing). */
export function drawSelected(reader: Reader, segment: SegmentItem | null): void {
  const { view } = reader.editor;
  const selected =
    segment && segment.documentId === reader.documentId
      ? { from: reader.map.toPos(segment.start, 'start'), to: reader.map.toPos(segment.end, 'end') }
      : null;
  view.dispatch(view.state.tr.setMeta(codingOverlayKey, { selected }));
}

/** Flashes a range for a moment (a search hit); null ends the flash. */
export function drawFlash(reader: Reader, range: { start: number; end: number } | null): void {
  const { view } = reader.editor;
  const flash = range
    ? { from: reader.map.toPos(range.start, 'start'), to: reader.map.toPos(range.end, 'end') }
    : null;
  view.dispatch(view.state.tr.setMeta(codingOverlayKey, { flash }));
}
