import type { Ctx } from '../context';
import { parseSearchQuery, toFtsQuery } from '../search/parse-search-query';
import type { MemoTargetType } from './memo-row';

/** A memo whose text or title matches a search, with the matching passage marked «like this». */
export interface MemoSearchHit {
  id: string;
  title: string;
  targetType: MemoTargetType;
  targetId: string | null;
  updatedAt: number;
  snippet: string;
}

/**
 * Finds memos whose body contains every word and "quoted phrase" of the query (case- and
 * diacritic-insensitive, through memos_fts), or whose title contains the query, best match
 * first. A query without letters or digits finds nothing.
 */
export function searchMemos(
  ctx: Ctx,
  query: string,
  options: { limit?: number } = {},
): MemoSearchHit[] {
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return [];
  return ctx.db.$client
    .prepare(
      `select m.id, m.title, m.target_type as targetType, m.target_id as targetId,
              m.updated_at as updatedAt, coalesce(f.snippet, m.title) as snippet
         from memos m
         left join (select memo_id, rank,
                           snippet(memos_fts, 1, '«', '»', '…', 16) as snippet
                      from memos_fts where memos_fts match @fts) f on f.memo_id = m.id
        where f.memo_id is not null or instr(lower(m.title), lower(@raw)) > 0
        order by f.rank is null, f.rank, m.updated_at desc
        limit @limit`,
    )
    .all({
      fts: toFtsQuery(terms),
      raw: query.trim(),
      limit: options.limit ?? 50,
    }) as MemoSearchHit[];
}
