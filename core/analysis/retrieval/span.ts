/** A stretch of one document's text that a query node yields, with the segments behind it. */
export interface Span {
  documentId: string;
  start: number;
  end: number;
  /** The coded segments the span comes from (one for a code node). */
  segmentIds: string[];
  /** The coder of every segment behind the span, or null when they differ. */
  coderId: string | null;
}

/** True when two spans of the same document share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Characters between two spans; 0 when they touch or overlap. */
export function gapBetween(a: Span, b: Span): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/** A stable identity: the same text from the same segments is one result. */
export function spanKey(span: Span): string {
  return `${span.documentId}:${span.start}:${span.end}:${[...span.segmentIds].sort().join('+')}`;
}

/** Spans without repeats, in document id then text order. */
export function uniqueSpans(spans: Iterable<Span>): Span[] {
  const seen = new Map<string, Span>();
  for (const span of spans) {
    const key = spanKey(span);
    if (!seen.has(key)) seen.set(key, span);
  }
  return [...seen.values()].sort(compareSpans);
}

export function compareSpans(a: Span, b: Span): number {
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

/** Spans grouped by document, each group sorted by start. */
export function byDocument(spans: readonly Span[]): Map<string, Span[]> {
  const groups = new Map<string, Span[]>();
  for (const span of spans) {
    const group = groups.get(span.documentId);
    if (group === undefined) groups.set(span.documentId, [span]);
    else group.push(span);
  }
  for (const group of groups.values()) group.sort((a, b) => a.start - b.start || a.end - b.end);
  return groups;
}
