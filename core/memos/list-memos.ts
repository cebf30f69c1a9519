import type { Ctx } from '../context';
import type { MemoTargetType } from './memo-row';

/** How many characters of a memo's text a list shows. */
export const MEMO_PREVIEW_CHARS = 140;

/** A memo as shown in lists: no body, a short plain-text preview instead. */
export interface MemoListItem {
  id: string;
  title: string;
  targetType: MemoTargetType;
  targetId: string | null;
  authorId: string;
  authorName: string;
  createdAt: number;
  updatedAt: number;
  preview: string;
}

export interface MemoFilters {
  targetType?: MemoTargetType;
  /** With targetType: only memos about this document, code or segment. */
  targetId?: string | null;
}

/** Memos matching the filters, most recently edited first. */
export function listMemos(ctx: Ctx, filters: MemoFilters = {}): MemoListItem[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filters.targetType !== undefined) {
    where.push('m.target_type = ?');
    params.push(filters.targetType);
  }
  if (filters.targetId !== undefined) {
    where.push(filters.targetId === null ? 'm.target_id is null' : 'm.target_id = ?');
    if (filters.targetId !== null) params.push(filters.targetId);
  }
  const rows = ctx.db.$client
    .prepare(
      `select m.id, m.title, m.target_type as targetType, m.target_id as targetId,
              m.author_id as authorId, c.name as authorName, m.created_at as createdAt,
              m.updated_at as updatedAt, substr(m.body_text, 1, ${MEMO_PREVIEW_CHARS + 40}) as preview
         from memos m join coders c on c.id = m.author_id
        ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
        order by m.updated_at desc, m.id`,
    )
    .all(...params) as MemoListItem[];
  return rows.map((row) => ({ ...row, preview: memoPreview(row.preview) }));
}

/** The start of a memo's text on one line, cut at a word with an ellipsis. */
export function memoPreview(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= MEMO_PREVIEW_CHARS) return flat;
  const cut = flat.slice(0, MEMO_PREVIEW_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MEMO_PREVIEW_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
