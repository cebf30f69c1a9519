import type { Ctx } from '../context';
import type { SourceKind } from '../import/imported-document';

/** One line of the document list. */
export interface DocumentListItem {
  id: string;
  title: string;
  kind: SourceKind;
  originalName: string;
  pageCount: number | null;
  segmentCount: number;
  codingCount: number;
  importedAt: number;
  /** Document variable values by variable name. */
  attributes: Record<string, string>;
}

/** All documents in their sort order, with segment and coding counts and attribute values. */
export function listDocuments(ctx: Ctx): DocumentListItem[] {
  const rows = ctx.db.$client
    .prepare(
      `select d.id, d.title, d.kind, d.original_name as originalName, d.page_count as pageCount,
              d.imported_at as importedAt,
              (select count(*) from segments s where s.document_id = d.id) as segmentCount,
              (select count(*) from codings c join segments s on s.id = c.segment_id
                where s.document_id = d.id) as codingCount
         from documents d order by d.sort_order, d.title`,
    )
    .all() as Omit<DocumentListItem, 'attributes'>[];
  const values = ctx.db.$client
    .prepare(
      `select dv.document_id as documentId, v.name, dv.value
         from document_values dv join variables v on v.id = dv.variable_id order by v.sort_order`,
    )
    .all() as { documentId: string; name: string; value: string }[];
  const byDocument = new Map<string, Record<string, string>>();
  for (const v of values) {
    const attributes = byDocument.get(v.documentId) ?? {};
    attributes[v.name] = v.value;
    byDocument.set(v.documentId, attributes);
  }
  return rows.map((row) => ({ ...row, attributes: byDocument.get(row.id) ?? {} }));
}
