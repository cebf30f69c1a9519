import type { Ctx } from '../../context';
import { codePaths } from '../../coding/list-segments';
import { pageAt } from '../../text/page-at';
import type { PageStart } from '../../text/to-canonical-text';
import type { RetrievalRow } from './retrieval-row';
import { spanKey, type Span } from './span';

/** How much text around a result to show. */
export interface ContextOptions {
  unit: 'paragraph' | 'characters';
  size: number;
}

export const DEFAULT_CONTEXT: ContextOptions = { unit: 'paragraph', size: 0 };

/** A paragraph's context is cut to this many characters either side of the span. */
const PARAGRAPH_CONTEXT_LIMIT = 600;

interface DocumentFacts {
  title: string;
  sortOrder: number;
  pageMap: PageStart[] | null;
  text: string;
}

/** Rows for spans, with document, page, codes, coders, cases and context; in document order. */
export function toRetrievalRows(
  ctx: Ctx,
  spans: readonly Span[],
  context: ContextOptions = DEFAULT_CONTEXT,
): RetrievalRow[] {
  if (spans.length === 0) return [];
  const client = ctx.db.$client;
  const docIds = JSON.stringify([...new Set(spans.map((s) => s.documentId))]);
  const segIds = JSON.stringify([...new Set(spans.flatMap((s) => s.segmentIds))]);
  const docs = new Map(
    (
      client
        .prepare(
          `select id, title, sort_order as sortOrder, page_map as pageMap, text from documents
            where id in (select value from json_each(?))`,
        )
        .all(docIds) as (Omit<DocumentFacts, 'pageMap'> & { id: string; pageMap: string | null })[]
    ).map((d) => [
      d.id,
      { ...d, pageMap: d.pageMap === null ? null : (JSON.parse(d.pageMap) as PageStart[]) },
    ]),
  );
  const segmentCoder = new Map(
    client
      .prepare('select id, coder_id from segments where id in (select value from json_each(?))')
      .raw(true)
      .all(segIds) as [string, string][],
  );
  const segmentCodes = new Map<string, string[]>();
  for (const [segmentId, codeId] of client
    .prepare(
      'select segment_id, code_id from codings where segment_id in (select value from json_each(?))',
    )
    .raw(true)
    .all(segIds) as [string, string][]) {
    const list = segmentCodes.get(segmentId);
    if (list === undefined) segmentCodes.set(segmentId, [codeId]);
    else list.push(codeId);
  }
  const coderNames = new Map(
    (client.prepare('select id, name from coders').raw(true).all() as [string, string][]).map(
      ([id, name]) => [id, name],
    ),
  );
  const cases = casesOf(ctx, docIds);
  const paths = codePaths(ctx);
  const rows = spans.map((span): RetrievalRow => {
    const doc = docs.get(span.documentId);
    const text = doc?.text ?? '';
    const codeIds =
      span.segmentIds.length === 1
        ? (segmentCodes.get(span.segmentIds[0] ?? '') ?? [])
        : [...new Set(span.segmentIds.flatMap((id) => segmentCodes.get(id) ?? []))];
    const coderIds = [...new Set(span.segmentIds.flatMap((id) => segmentCoder.get(id) ?? []))];
    return {
      key: spanKey(span),
      documentId: span.documentId,
      documentTitle: doc?.title ?? '',
      start: span.start,
      end: span.end,
      // Segments store the exact text at their offsets, so a slice is their quote.
      quote: text.slice(span.start, span.end),
      page: pageAt(doc?.pageMap ?? null, span.start),
      segmentIds: span.segmentIds,
      codeIds,
      codePaths: codeIds.map((id) => paths.get(id) ?? id),
      coderIds,
      coderNames: coderIds.map((id) => coderNames.get(id) ?? id),
      caseNames: cases.get(span.documentId) ?? [],
      context: contextAround(text, span.start, span.end, context),
    };
  });
  return rows.sort((a, b) => compareRows(a, b, docs));
}

function casesOf(ctx: Ctx, docIds: string): Map<string, string[]> {
  const rows = ctx.db.$client
    .prepare(
      `select cd.document_id, c.name from case_documents cd join cases c on c.id = cd.case_id
        where cd.document_id in (select value from json_each(?)) order by c.name`,
    )
    .raw(true)
    .all(docIds) as [string, string][];
  const byDoc = new Map<string, string[]>();
  for (const [doc, name] of rows) byDoc.set(doc, [...(byDoc.get(doc) ?? []), name]);
  return byDoc;
}

/** The text before and after a span: to the paragraph's edges (capped), or N characters. */
export function contextAround(
  text: string,
  start: number,
  end: number,
  options: ContextOptions,
): { before: string; after: string } {
  if (options.unit === 'characters') {
    return {
      before: text.slice(Math.max(0, start - options.size), start),
      after: text.slice(end, end + options.size),
    };
  }
  const from = text.lastIndexOf('\n\n', Math.max(0, start - 1));
  const paraStart = from === -1 ? 0 : Math.min(from + 2, start);
  const to = text.indexOf('\n\n', end);
  const paraEnd = to === -1 ? text.length : to;
  return {
    before: text.slice(Math.max(paraStart, start - PARAGRAPH_CONTEXT_LIMIT), start),
    after: text.slice(end, Math.min(paraEnd, end + PARAGRAPH_CONTEXT_LIMIT)),
  };
}

function compareRows(
  a: RetrievalRow,
  b: RetrievalRow,
  docs: Map<string, { sortOrder: number; title: string }>,
): number {
  if (a.documentId !== b.documentId) {
    const da = docs.get(a.documentId);
    const db = docs.get(b.documentId);
    return (
      (da?.sortOrder ?? 0) - (db?.sortOrder ?? 0) ||
      (da?.title ?? '').localeCompare(db?.title ?? '') ||
      (a.documentId < b.documentId ? -1 : 1)
    );
  }
  return a.start - b.start || a.end - b.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
