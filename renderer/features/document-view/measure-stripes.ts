import type { SegmentItem } from '../../app/workspace-store';
import type { StripeInput } from './layout-stripes';
import type { Reader } from './use-reader';

/** How far beyond the visible area bars are measured, in viewport heights. */
const OVERSCAN = 1;

/**
 * Bars for the segments that cross the visible part of the document (plus some overscan),
 * measured with coordsAtPos relative to `sheet`. Only visible segments are measured.
 */
export function measureStripes(
  reader: Reader,
  segments: readonly SegmentItem[],
  scroller: HTMLElement,
  sheet: HTMLElement,
): StripeInput[] {
  const { view } = reader.editor;
  const box = scroller.getBoundingClientRect();
  // The window clips too, should the scroller ever grow with its content.
  const boxTop = Math.max(box.top, 0);
  const boxBottom = Math.min(box.bottom, window.innerHeight);
  const text = view.dom.getBoundingClientRect();
  const height = (boxBottom - boxTop) * OVERSCAN;
  const left = text.left + Math.min(24, text.width / 2);
  const top = view.posAtCoords({ left, top: Math.max(boxTop - height, text.top + 1) });
  const bottom = view.posAtCoords({ left, top: Math.min(boxBottom + height, text.bottom - 1) });
  const from = reader.map.toOffset(top?.pos ?? 0, 'start');
  const to = bottom ? reader.map.toOffset(bottom.pos, 'end') : reader.map.textLength;
  const origin = sheet.getBoundingClientRect().top;
  const inputs: StripeInput[] = [];
  for (const segment of segments) {
    if (segment.start >= to + 200 || segment.end <= from - 200) continue;
    const a = view.coordsAtPos(reader.map.toPos(Math.max(segment.start, from - 200), 'start'), 1);
    const b = view.coordsAtPos(reader.map.toPos(Math.min(segment.end, to + 200), 'end'), -1);
    for (const codeId of segment.codeIds) {
      inputs.push({
        key: `${segment.id}:${codeId}`,
        segmentId: segment.id,
        codeId,
        top: a.top - origin,
        bottom: Math.max(b.bottom, a.bottom) - origin,
      });
    }
  }
  return inputs;
}
