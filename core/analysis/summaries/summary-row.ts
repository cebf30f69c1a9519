import { eq } from 'drizzle-orm';
import { summaries } from '../../../db/schema';
import type { Ctx } from '../../context';
import { codePaths } from '../../coding/list-segments';
import { pageAt } from '../../text/page-at';
import { TelaahError } from '../../errors';
import type { PmNode } from '../../text/pm-node';
import type { PageStart } from '../../text/to-canonical-text';

/** A summary as stored: `bodyJson` is tiptap JSON text, `fields` a JSON object of answers. */
export type SummaryRow = typeof summaries.$inferSelect;

export type SummaryScope = SummaryRow['scope'];

/** A summary as the API returns it, with body and form answers parsed. */
export interface Summary extends Omit<SummaryRow, 'bodyJson' | 'fields'> {
  bodyJson: PmNode;
  fields: Record<string, string>;
  /** How many excerpts it links to. */
  excerptCount: number;
}

/** An excerpt a summary rests on, where it is and how it is coded. */
export interface SummaryExcerpt {
  segmentId: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  quote: string;
  page: { page: number; label: string | null } | null;
  codePaths: string[];
  coderName: string;
}

export interface SummaryDetail extends Summary {
  excerpts: SummaryExcerpt[];
}

/** The summary row with this id, or not_found. */
export function requireSummary(ctx: Ctx, id: string): SummaryRow {
  const row = ctx.db.select().from(summaries).where(eq(summaries.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Summary not found: ${id}`, { what: 'Summary', name: id });
  }
  return row;
}

export function toSummary(row: SummaryRow, excerptCount: number): Summary {
  return {
    ...row,
    bodyJson: JSON.parse(row.bodyJson) as PmNode,
    fields: JSON.parse(row.fields) as Record<string, string>,
    excerptCount,
  };
}

/** A summary with its linked excerpts, in document order. */
export function getSummary(ctx: Ctx, id: string): SummaryDetail {
  const row = requireSummary(ctx, id);
  const excerpts = summaryExcerpts(ctx, id);
  return { ...toSummary(row, excerpts.length), excerpts };
}

function summaryExcerpts(ctx: Ctx, summaryId: string): SummaryExcerpt[] {
  const rows = ctx.db.$client
    .prepare(
      `select s.id, s.document_id, d.title, s.start, s."end", s.quote, d.page_map, c.name,
              (select group_concat(k.code_id) from codings k where k.segment_id = s.id)
         from summary_segments ss
         join segments s on s.id = ss.segment_id
         join documents d on d.id = s.document_id
         join coders c on c.id = s.coder_id
        where ss.summary_id = ?
        order by d.sort_order, d.title, s.start, s."end"`,
    )
    .raw(true)
    .all(summaryId) as [
    string,
    string,
    string,
    number,
    number,
    string,
    string | null,
    string,
    string | null,
  ][];
  const paths = codePaths(ctx);
  return rows.map((r) => ({
    segmentId: r[0],
    documentId: r[1],
    documentTitle: r[2],
    start: r[3],
    end: r[4],
    quote: r[5],
    page: pageAt(r[6] === null ? null : (JSON.parse(r[6]) as PageStart[]), r[3]),
    codePaths: (r[8] ?? '')
      .split(',')
      .filter((c) => c !== '')
      .map((c) => paths.get(c) ?? c),
    coderName: r[7],
  }));
}
