import { byDocument, gapBetween, overlaps, uniqueSpans, type Span } from './span';

/** What `within` needs to measure paragraphs: each document's paragraph index of an offset. */
export type ParagraphOf = (documentId: string, offset: number) => number;

/** Spans of `a` that overlap a span of `b`; with `intersection`, only the shared text of each pair. */
export function andSpans(
  a: readonly Span[],
  b: readonly Span[],
  options: { span: 'segment' | 'intersection'; sameCoder: boolean },
): Span[] {
  const out: Span[] = [];
  forEachPair(a, b, 0, options.sameCoder, (x, y) => {
    if (!overlaps(x, y)) return false;
    if (options.span === 'segment') {
      out.push(x);
      return true;
    }
    out.push({
      documentId: x.documentId,
      start: Math.max(x.start, y.start),
      end: Math.min(x.end, y.end),
      segmentIds: [...new Set([...x.segmentIds, ...y.segmentIds])],
      coderId: x.coderId === y.coderId ? x.coderId : null,
    });
    return false;
  });
  return uniqueSpans(out);
}

/** Spans of `a` that overlap a span of `b`, and spans of `b` that overlap a span of `a`. */
export function overlappingSpans(
  a: readonly Span[],
  b: readonly Span[],
  sameCoder: boolean,
): Span[] {
  const out: Span[] = [];
  const hitB = new Set<Span>();
  forEachPair(a, b, 0, sameCoder, (x, y) => {
    if (!overlaps(x, y)) return false;
    out.push(x);
    hitB.add(y);
    return false;
  });
  return uniqueSpans([...out, ...hitB]);
}

/** Spans of `a` that overlap no span of `b`. */
export function notSpans(a: readonly Span[], b: readonly Span[], sameCoder: boolean): Span[] {
  const hit = new Set<Span>();
  forEachPair(a, b, 0, sameCoder, (x, y) => {
    if (!overlaps(x, y)) return false;
    hit.add(x);
    return true;
  });
  return uniqueSpans(a.filter((x) => !hit.has(x)));
}

/** Spans of `a` with a span of `b` at most `distance` characters away (overlap counts as 0). */
export function withinCharacters(
  a: readonly Span[],
  b: readonly Span[],
  distance: number,
  sameCoder: boolean,
): Span[] {
  const out: Span[] = [];
  forEachPair(a, b, distance, sameCoder, (x, y) => {
    if (gapBetween(x, y) > distance) return false;
    out.push(x);
    return true;
  });
  return uniqueSpans(out);
}

/** Spans of `a` with a span of `b` in the same paragraph or at most `distance` paragraphs away. */
export function withinParagraphs(
  a: readonly Span[],
  b: readonly Span[],
  distance: number,
  sameCoder: boolean,
  paragraphOf: ParagraphOf,
): Span[] {
  const out: Span[] = [];
  forEachPair(a, b, Infinity, sameCoder, (x, y) => {
    const xs = paragraphOf(x.documentId, x.start);
    const xe = paragraphOf(x.documentId, x.end - 1);
    const ys = paragraphOf(y.documentId, y.start);
    const ye = paragraphOf(y.documentId, y.end - 1);
    if (Math.max(0, ys - xe, xs - ye) > distance) return false;
    out.push(x);
    return true;
  });
  return uniqueSpans(out);
}

/** Every span of `a` or of `b`, once. */
export function orSpans(lists: readonly (readonly Span[])[]): Span[] {
  return uniqueSpans(lists.flat());
}

/**
 * Calls `visit` for each pair (x of a, y of b) in the same document whose gap may be at most
 * `reach` characters; b is sorted by start, so only a window of it is looked at per x. `visit`
 * returns true when it needs no more partners for x.
 */
function forEachPair(
  a: readonly Span[],
  b: readonly Span[],
  reach: number,
  sameCoder: boolean,
  visit: (x: Span, y: Span) => boolean,
): void {
  const groups = byDocument(b);
  const longest = new Map<string, number>();
  for (const [doc, group] of groups) {
    longest.set(doc, Math.max(0, ...group.map((s) => s.end - s.start)));
  }
  for (const x of a) {
    const group = groups.get(x.documentId);
    if (group === undefined) continue;
    // A partner starts before x.end + reach and, being at most `longest` long, after this.
    const from = firstStartAbove(group, x.start - reach - (longest.get(x.documentId) ?? 0) - 1);
    for (let i = from; i < group.length; i++) {
      const y = group[i];
      if (y === undefined || y.start > x.end + reach) break;
      if (sameCoder && (x.coderId === null || x.coderId !== y.coderId)) continue;
      if (visit(x, y)) break;
    }
  }
}

/** The index of the first span whose start is above `value` (spans sorted by start). */
function firstStartAbove(group: readonly Span[], value: number): number {
  if (!Number.isFinite(value)) return 0;
  let lo = 0;
  let hi = group.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((group[mid]?.start ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
