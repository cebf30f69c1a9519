import type { Ctx } from '../../context';
import { codePaths } from '../../coding/list-segments';
import { pageAt } from '../../text/page-at';
import type { PageStart } from '../../text/to-canonical-text';

/** An excerpt as the ledger and the report cite it: where it is, who coded it, with what. */
export interface Excerpt {
  segmentId: string;
  documentId: string;
  documentTitle: string;
  documentKind: string;
  start: number;
  end: number;
  quote: string;
  page: { page: number; label: string | null } | null;
  codeIds: string[];
  codePaths: string[];
  coderId: string;
  coderName: string;
  caseIds: string[];
  caseNames: string[];
}

interface SegmentFacts {
  id: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  coderId: string;
  coderName: string;
  title: string;
  kind: string;
  pageMap: string | null;
  codeIds: string | null;
}

/** The excerpts with these segment ids (unknown ids are skipped), keyed by segment id. */
export function loadExcerpts(ctx: Ctx, segmentIds: Iterable<string>): Map<string, Excerpt> {
  const ids = [...new Set(segmentIds)];
  const result = new Map<string, Excerpt>();
  if (ids.length === 0) return result;
  const paths = codePaths(ctx);
  const caseRows = ctx.db.$client
    .prepare(
      `select cd.document_id as documentId, c.id, c.name from case_documents cd
         join cases c on c.id = cd.case_id order by c.name`,
    )
    .all() as { documentId: string; id: string; name: string }[];
  const casesOf = new Map<string, { id: string; name: string }[]>();
  for (const row of caseRows) {
    casesOf.set(row.documentId, [...(casesOf.get(row.documentId) ?? []), row]);
  }
  const pageMaps = new Map<string, PageStart[] | null>();
  const statement = ctx.db.$client.prepare(
    `select s.id, s.document_id as documentId, s.start, s."end", s.quote, s.coder_id as coderId,
            coalesce(k.name, '') as coderName, d.title, d.kind, d.page_map as pageMap,
            (select group_concat(code_id) from codings where segment_id = s.id) as codeIds
       from segments s join documents d on d.id = s.document_id
       left join coders k on k.id = s.coder_id
      where s.id in (select value from json_each(?))`,
  );
  const rows = statement.all(JSON.stringify(ids)) as SegmentFacts[];
  for (const row of rows) {
    if (!pageMaps.has(row.documentId)) {
      pageMaps.set(
        row.documentId,
        row.pageMap === null ? null : (JSON.parse(row.pageMap) as PageStart[]),
      );
    }
    // Codes by path, ids in the same order.
    const codes = (row.codeIds === null ? [] : row.codeIds.split(','))
      .map((id) => ({ id, path: paths.get(id) ?? id }))
      .sort((a, b) => a.path.localeCompare(b.path));
    const cases = casesOf.get(row.documentId) ?? [];
    result.set(row.id, {
      segmentId: row.id,
      documentId: row.documentId,
      documentTitle: row.title,
      documentKind: row.kind,
      start: row.start,
      end: row.end,
      quote: row.quote,
      page: pageAt(pageMaps.get(row.documentId) ?? null, row.start),
      codeIds: codes.map((c) => c.id),
      codePaths: codes.map((c) => c.path),
      coderId: row.coderId,
      coderName: row.coderName,
      caseIds: cases.map((c) => c.id),
      caseNames: cases.map((c) => c.name),
    });
  }
  return result;
}
