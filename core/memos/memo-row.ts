import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { memos } from '../../db/schema';
import { TelaahError } from '../errors';
import type { PmNode } from '../text/pm-node';

/** A memo as stored; `bodyJson` is tiptap JSON text. */
export type MemoRow = typeof memos.$inferSelect;

/** What a memo is attached to. */
export type MemoTargetType = MemoRow['targetType'];

/** A memo as the API returns it, with its tiptap body parsed. */
export interface Memo extends Omit<MemoRow, 'bodyJson'> {
  bodyJson: PmNode;
}

/** The memo row with this id, or not_found. */
export function requireMemo(ctx: Ctx, id: string): MemoRow {
  const row = ctx.db.select().from(memos).where(eq(memos.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Memo not found: ${id}`, { what: 'Memo', name: id });
  }
  return row;
}

/** A stored row as the API returns it. */
export function toMemo(row: MemoRow): Memo {
  return { ...row, bodyJson: JSON.parse(row.bodyJson) as PmNode };
}

/** The memo with this id, body parsed; not_found if missing. */
export function getMemo(ctx: Ctx, id: string): Memo {
  return toMemo(requireMemo(ctx, id));
}
