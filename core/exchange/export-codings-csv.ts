import type { Ctx } from '../context';
import { listCoders } from '../coding/coders';
import { listSegments } from '../coding/list-segments';
import { toCsv } from './to-csv';

export const CODINGS_CSV_HEADERS = [
  'document',
  'document_id',
  'page',
  'code',
  'code_id',
  'coder',
  'quote',
  'start',
  'end',
  'segment_id',
] as const;

/** One row per coding (segment × code), ordered by document and position. */
export function exportCodingsCsv(ctx: Ctx): string {
  const coders = new Map(listCoders(ctx.db).map((c) => [c.id, c.name]));
  const rows = listSegments(ctx, {}).flatMap((s) =>
    s.codeIds.map((codeId, i) => [
      s.documentTitle,
      s.documentId,
      s.page?.label ?? s.page?.page ?? null,
      s.codePaths[i] ?? '',
      codeId,
      coders.get(s.coderId) ?? s.coderId,
      s.quote,
      s.start,
      s.end,
      s.id,
    ]),
  );
  return toCsv(CODINGS_CSV_HEADERS, rows);
}
