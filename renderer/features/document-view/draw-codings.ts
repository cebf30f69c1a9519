import type { PendingCoding, SegmentItem } from '../../app/workspace-store';
import type { VersionedRange } from '../../ui/changed-span';
import type { CodingDecorationSpec } from './coding-decoration-specs';
import type { CodingPatch } from './coding-painter';
import {
  codingHighlightsKey,
  codingOverlayKey,
  type HighlightsMeta,
} from './extensions/coding-layers';
import type { Reader } from './use-reader';

/** The rows to draw for the reader's document from the segment list. */
export function segmentRows(reader: Reader, segments: readonly SegmentItem[]): VersionedRange[] {
  const rows: VersionedRange[] = [];
  for (const s of segments) {
    if (s.documentId !== reader.documentId) continue;
    const version = `${s.start}:${s.end}:${s.updatedAt}:${s.codeIds.join(' ')}`;
    rows.push({ id: s.id, start: s.start, end: s.end, codeIds: s.codeIds, version });
  }
  return rows;
}

/** The codings of the reader's document still waiting for the server, drawn the same way. */
export function pendingRows(reader: Reader, pending: readonly PendingCoding[]): VersionedRange[] {
  return pending
    .filter((p) => p.documentId === reader.documentId)
    .map((p) => ({ id: p.id, start: p.start, end: p.end, codeIds: p.codeIds, version: 'pending' }));
}

function dispatchHighlights(reader: Reader, meta: HighlightsMeta): void {
  const { view } = reader.editor;
  view.dispatch(view.state.tr.setMeta(codingHighlightsKey, meta).setMeta('addToHistory', false));
}

/** Replaces every coding highlight (`add`: adds these to the ones drawn). */
export function drawAll(
  reader: Reader,
  specs: readonly CodingDecorationSpec[],
  kind: 'replace' | 'add' = 'replace',
): void {
  dispatchHighlights(reader, { kind, specs });
}

/** Redraws one span of the text: one small DecorationSet update. */
export function drawPatch(reader: Reader, patch: CodingPatch): void {
  const from = reader.map.toPos(patch.start, 'start');
  const to = reader.map.toPos(patch.end, 'end');
  dispatchHighlights(reader, { kind: 'patch', ...patch, from, to });
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
