import type { Ctx } from '../context';
import { pageAt } from '../documents/page-at';
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

type Row = Omit<SegmentListItem, 'page' | 'codeIds' | 'codePaths'> & { codeIds: string };

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
  const rows = ctx.db.$client
    .prepare(
      `select s.id, s.document_id as documentId, d.title as documentTitle, s.start, s."end",
              s.quote, s.prefix, s.suffix, s.coder_id as coderId, s.created_at as createdAt,
              s.updated_at as updatedAt,
              (select group_concat(c.code_id) from codings c where c.segment_id = s.id) as codeIds
         from segments s join documents d on d.id = s.document_id
        ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
        order by d.sort_order, d.title, s.document_id, s.start, s."end"`,
    )
    .all(...params) as Row[];
  const pageMaps = loadPageMaps(ctx, new Set(rows.map((r) => r.documentId)));
  const paths = codePaths(ctx);
  return rows.map((row) => {
    const codeIds = row.codeIds.split(',');
    return {
      ...row,
      page: pageAt(pageMaps.get(row.documentId) ?? null, row.start),
      codeIds,
      codePaths: codeIds.map((id) => paths.get(id) ?? id),
    };
  });
}

function loadPageMaps(ctx: Ctx, documentIds: Set<string>): Map<string, PageStart[]> {
  const maps = new Map<string, PageStart[]>();
  const rows = ctx.db.$client
    .prepare(
      `select id, page_map as pageMap from documents
        where page_map is not null and id in (select value from json_each(?))`,
    )
    .all(JSON.stringify([...documentIds])) as { id: string; pageMap: string }[];
  for (const row of rows) maps.set(row.id, JSON.parse(row.pageMap) as PageStart[]);
  return maps;
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
