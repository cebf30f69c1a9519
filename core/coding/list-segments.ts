import type { Ctx } from '../context';
import { pageAt } from '../text/page-at';
import type { PageStart } from '../text/to-canonical-text';
import { subtreeIds } from './code-row';

/** A segment as shown in lists: where it is, what it says and which codes it carries. */
export interface SegmentListItem {
  id: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  coderId: string;
  createdAt: number;
  updatedAt: number;
  page: { page: number; label: string | null } | null;
  codeIds: string[];
  codePaths: string[];
}

export interface SegmentFilters {
  /** Only this segment. */
  segmentId?: string;
  codeId?: string;
  /** With codeId: also segments coded with any of its sub-codes. */
  includeSubcodes?: boolean;
  documentId?: string;
  coderId?: string;
}

/** Segments matching the filters, ordered by document then position. */
export function listSegments(ctx: Ctx, filters: SegmentFilters = {}): SegmentListItem[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filters.codeId !== undefined) {
    const ids =
      filters.includeSubcodes === true ? subtreeIds(ctx, filters.codeId) : [filters.codeId];
    where.push(
      `s.id in (select segment_id from codings where code_id in (${ids.map(() => '?').join(', ')}))`,
    );
    params.push(...ids);
  }
  if (filters.segmentId !== undefined) {
    where.push('s.id = ?');
    params.push(filters.segmentId);
  }
  if (filters.documentId !== undefined) {
    where.push('s.document_id = ?');
    params.push(filters.documentId);
  }
  if (filters.coderId !== undefined) {
    where.push('s.coder_id = ?');
    params.push(filters.coderId);
  }
  // Raw rows (arrays) and documents looked up in JavaScript: named-column objects and a join
  // with a sort in SQLite cost more than the rest of the call for the thousands of rows a code has.
  const rows = ctx.db.$client
    .prepare(
      `select s.id, s.document_id, s.start, s."end", s.quote, s.prefix, s.suffix, s.coder_id,
              s.created_at, s.updated_at,
              (select group_concat(c.code_id) from codings c where c.segment_id = s.id)
         from segments s
        ${where.length > 0 ? `where ${where.join(' and ')}` : ''}`,
    )
    .raw(true)
    .all(...params) as RawRow[];
  const docs = loadDocuments(ctx, new Set(rows.map((r) => r[1])));
  const paths = codePaths(ctx);
  const items = rows.map((r) => toItem(r, docs, paths));
  return items.sort((a, b) => compareItems(a, b, docs));
}

type RawRow = [
  id: string,
  documentId: string,
  start: number,
  end: number,
  quote: string,
  prefix: string,
  suffix: string,
  coderId: string,
  createdAt: number,
  updatedAt: number,
  codeIds: string,
];

function toItem(
  r: RawRow,
  docs: Map<string, DocumentFacts>,
  paths: Map<string, string>,
): SegmentListItem {
  const codeIds = r[10].split(',');
  const doc = docs.get(r[1]);
  return {
    id: r[0],
    documentId: r[1],
    documentTitle: doc?.title ?? '',
    start: r[2],
    end: r[3],
    quote: r[4],
    prefix: r[5],
    suffix: r[6],
    coderId: r[7],
    createdAt: r[8],
    updatedAt: r[9],
    page: pageAt(doc?.pageMap ?? null, r[2]),
    codeIds,
    codePaths: codeIds.map((id) => paths.get(id) ?? id),
  };
}

interface DocumentFacts {
  title: string;
  sortOrder: number;
  pageMap: PageStart[] | null;
}

// Page maps never change once a document is imported, so their parsed form is kept per
// connection; a few thousand rows would otherwise parse the same JSON again on every listing.
const parsedPageMaps = new WeakMap<object, Map<string, PageStart[] | null>>();

function loadDocuments(ctx: Ctx, documentIds: Set<string>): Map<string, DocumentFacts> {
  const cache = parsedPageMaps.get(ctx.db.$client) ?? new Map<string, PageStart[] | null>();
  parsedPageMaps.set(ctx.db.$client, cache);
  const ids = JSON.stringify([...documentIds]);
  const rows = ctx.db.$client
    .prepare(
      `select id, title, sort_order as sortOrder from documents
        where id in (select value from json_each(?))`,
    )
    .all(ids) as (Omit<DocumentFacts, 'pageMap'> & { id: string })[];
  const missing = rows.filter((r) => !cache.has(r.id)).map((r) => r.id);
  if (missing.length > 0) {
    const maps = ctx.db.$client
      .prepare(
        `select id, page_map as pageMap from documents where id in (select value from json_each(?))`,
      )
      .all(JSON.stringify(missing)) as { id: string; pageMap: string | null }[];
    for (const m of maps) {
      cache.set(m.id, m.pageMap === null ? null : (JSON.parse(m.pageMap) as PageStart[]));
    }
  }
  return new Map(rows.map((r) => [r.id, { ...r, pageMap: cache.get(r.id) ?? null }]));
}

/** Document order (sort order, title, id), then position in the text. */
function compareItems(
  a: { documentId: string; start: number; end: number },
  b: { documentId: string; start: number; end: number },
  docs: Map<string, DocumentFacts>,
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
  return a.start - b.start || a.end - b.end;
}

/** Every code's path ("culture/language") by id. */
export function codePaths(ctx: Ctx): Map<string, string> {
  const rows = ctx.db.$client
    .prepare('select id, parent_id as parentId, name from codes')
    .all() as {
    id: string;
    parentId: string | null;
    name: string;
  }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, string>();
  const pathOf = (id: string, seen = 0): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const row = byId.get(id);
    if (row === undefined || seen > rows.length) return '';
    const path = row.parentId === null ? row.name : `${pathOf(row.parentId, seen + 1)}/${row.name}`;
    paths.set(id, path);
    return path;
  };
  for (const row of rows) pathOf(row.id);
  return paths;
}
