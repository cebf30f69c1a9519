import type { SegmentItem } from '../../app/workspace-store';

/** Of the segments under a click, the innermost (shortest) one, as readers expect. */
export function pickSegment(
  ids: readonly string[],
  segments: readonly SegmentItem[],
): SegmentItem | null {
  let best: SegmentItem | null = null;
  for (const id of ids) {
    const segment = segments.find((s) => s.id === id);
    if (segment && (!best || segment.end - segment.start < best.end - best.start)) best = segment;
  }
  return best;
}

/** The segment ids a decorated element carries. */
export function segmentIdsOf(element: Element | null): string[] {
  const value = element?.closest('[data-segment-ids]')?.getAttribute('data-segment-ids');
  return value ? value.split(' ') : [];
}
