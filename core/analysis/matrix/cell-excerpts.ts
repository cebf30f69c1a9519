import type { Ctx } from '../../context';
import { pageAt } from '../../text/page-at';
import { TelaahError } from '../../errors';
import type { PageStart } from '../../text/to-canonical-text';
import { resolveColumns, resolveRows } from './matrix-axes';
import type { MatrixConfig } from './matrix-config';

/** An excerpt behind a matrix cell, with where to find it. */
export interface CellExcerpt {
  segmentId: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  page: { page: number; label: string | null } | null;
  /** Names of the column's codes this excerpt carries. */
  codeNames: string[];
  coderName: string;
}

/** The excerpts of one cell: segments in the row's documents coded with the column's codes. */
export function cellExcerpts(
  ctx: Ctx,
  config: MatrixConfig,
  rowKey: string,
  columnKey: string,
): CellExcerpt[] {
  const row = resolveRows(ctx, config).find((r) => r.key === rowKey);
  const column = resolveColumns(ctx, config).find((c) => c.key === columnKey);
  if (row === undefined || column === undefined) {
    const name = row === undefined ? rowKey : columnKey;
    throw new TelaahError('not_found', `Matrix cell not found: ${name}`, {
      what: 'Matrix cell',
      name,
    });
  }
  return excerptsOf(ctx, row.documentIds, column.codeIds);
}

/** Segments of these documents coded with any of these codes, by document then position. */
export function excerptsOf(
  ctx: Ctx,
  documentIds: readonly string[],
  codeIds: readonly string[],
): CellExcerpt[] {
  if (documentIds.length === 0 || codeIds.length === 0) return [];
  const db = ctx.db.$client;
  const docs = JSON.stringify(documentIds);
  const codes = JSON.stringify(codeIds);
  const rows = db
    .prepare(
      `select s.id, s.document_id, d.title, s.start, s."end", s.quote, k.name,
              (select group_concat(x.name, '; ') from codings g join codes x on x.id = g.code_id
                where g.segment_id = s.id and g.code_id in (select value from json_each(@codes)))
         from segments s
         join documents d on d.id = s.document_id
         join coders k on k.id = s.coder_id
        where s.document_id in (select value from json_each(@docs))
          and exists (select 1 from codings g where g.segment_id = s.id
                        and g.code_id in (select value from json_each(@codes)))
        order by d.sort_order, d.title, s.start, s."end"`,
    )
    .raw(true)
    .all({ docs, codes }) as [string, string, string, number, number, string, string, string][];
  const pageMaps = new Map<string, PageStart[] | null>();
  const pageMapOf = (documentId: string): PageStart[] | null => {
    if (!pageMaps.has(documentId)) {
      const raw = db.prepare('select page_map from documents where id = ?').pluck().get(documentId);
      pageMaps.set(documentId, typeof raw === 'string' ? (JSON.parse(raw) as PageStart[]) : null);
    }
    return pageMaps.get(documentId) ?? null;
  };
  return rows.map(
    ([segmentId, documentId, documentTitle, start, end, quote, coderName, names]) => ({
      segmentId,
      documentId,
      documentTitle,
      start,
      end,
      quote,
      page: pageAt(pageMapOf(documentId), start),
      codeNames: names.split('; '),
      coderName,
    }),
  );
}
