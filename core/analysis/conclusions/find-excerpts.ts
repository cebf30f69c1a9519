import type { Ctx } from '../../context';
import { subtreeIds } from '../../coding/code-row';
import { foldString } from '../../search/fold-text';
import { loadExcerpts, type Excerpt } from './load-excerpts';

export interface FindExcerptsInput {
  /** Excerpts with this code or one of its sub-codes. */
  codeId?: string;
  /** Words that must all occur in the quote, ignoring case and diacritics. */
  text?: string;
  documentId?: string;
  limit?: number;
}

/** Coded excerpts to pick as evidence, by code and/or words in the quote, in document order. */
export function findExcerpts(ctx: Ctx, input: FindExcerptsInput): Excerpt[] {
  const where: string[] = [];
  const params: string[] = [];
  if (input.codeId !== undefined) {
    where.push(
      's.id in (select segment_id from codings where code_id in (select value from json_each(?)))',
    );
    params.push(JSON.stringify(subtreeIds(ctx, input.codeId)));
  }
  if (input.documentId !== undefined) {
    where.push('s.document_id = ?');
    params.push(input.documentId);
  }
  const words = foldString(input.text ?? '')
    .split(/\s+/u)
    .filter((w) => w !== '');
  const rows = ctx.db.$client
    .prepare(
      `select s.id, s.quote from segments s join documents d on d.id = s.document_id
        ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
        order by d.sort_order, d.title, s.start`,
    )
    .all(...params) as { id: string; quote: string }[];
  const limit = input.limit ?? 200;
  const ids: string[] = [];
  for (const row of rows) {
    if (words.length > 0) {
      const folded = foldString(row.quote);
      if (!words.every((w) => folded.includes(w))) continue;
    }
    ids.push(row.id);
    if (ids.length >= limit) break;
  }
  const excerpts = loadExcerpts(ctx, ids);
  return ids.flatMap((id) => excerpts.get(id) ?? []);
}
