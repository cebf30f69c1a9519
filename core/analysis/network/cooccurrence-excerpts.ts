import type { Ctx } from '../../context';
import { pageAt } from '../../text/page-at';
import type { PageStart } from '../../text/to-canonical-text';
import type { CooccurrenceOptions } from './cooccurrence-options';
import { loadCodings, type CodingSpan } from './load-codings';
import { sweepCooccurrences } from './sweep-cooccurrences';

/** One coded excerpt of a co-occurring pair. */
export interface PairExcerpt {
  segmentId: string;
  codeId: string;
  start: number;
  end: number;
  quote: string;
  page: { page: number; label: string | null } | null;
}

/** Two excerpts of one document that co-occur: `a` carries code A, `b` code B. */
export interface CooccurrenceExcerptPair {
  documentId: string;
  documentTitle: string;
  a: PairExcerpt;
  b: PairExcerpt;
}

/** The pairs of excerpts behind one cell of a co-occurrence table, in document order. */
export function cooccurrenceExcerpts(
  ctx: Ctx,
  codeA: string,
  codeB: string,
  options: CooccurrenceOptions = {},
): CooccurrenceExcerptPair[] {
  const codings = loadCodings(ctx, { ...options, codeIds: [codeA, codeB] });
  const found: [CodingSpan, CodingSpan][] = [];
  sweepCooccurrences(ctx, codings, options.proximity ?? { mode: 'overlap' }, (x, y) => {
    found.push(x.codeId === codeA ? [x, y] : [y, x]);
  });
  const segmentIds = [...new Set(found.flatMap(([x, y]) => [x.segmentId, y.segmentId]))];
  const quotes = new Map(
    (
      ctx.db.$client
        .prepare('select id, quote from segments where id in (select value from json_each(?))')
        .raw(true)
        .all(JSON.stringify(segmentIds)) as [string, string][]
    ).map(([id, quote]) => [id, quote]),
  );
  const docs = new Map(
    (
      ctx.db.$client
        .prepare(
          `select id, title, page_map, sort_order from documents
            where id in (select value from json_each(?))`,
        )
        .raw(true)
        .all(JSON.stringify([...new Set(found.map(([x]) => x.documentId))])) as [
        string,
        string,
        string | null,
        number,
      ][]
    ).map(([id, title, pageMap, sortOrder]) => [
      id,
      { title, sortOrder, pageMap: pageMap === null ? null : (JSON.parse(pageMap) as PageStart[]) },
    ]),
  );
  const excerpt = (span: CodingSpan): PairExcerpt => ({
    segmentId: span.segmentId,
    codeId: span.codeId,
    start: span.start,
    end: span.end,
    quote: quotes.get(span.segmentId) ?? '',
    page: pageAt(docs.get(span.documentId)?.pageMap ?? null, span.start),
  });
  return found
    .map(([x, y]) => ({
      documentId: x.documentId,
      documentTitle: docs.get(x.documentId)?.title ?? '',
      a: excerpt(x),
      b: excerpt(y),
    }))
    .sort((p, q) => {
      const dp = docs.get(p.documentId);
      const dq = docs.get(q.documentId);
      return (
        (dp?.sortOrder ?? 0) - (dq?.sortOrder ?? 0) ||
        p.documentTitle.localeCompare(q.documentTitle) ||
        Math.min(p.a.start, p.b.start) - Math.min(q.a.start, q.b.start) ||
        p.a.start - q.a.start
      );
    });
}
