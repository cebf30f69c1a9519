import type { Ctx } from '../context';
import { memos } from '../../db/schema';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import type { PmNode } from '../text/pm-node';
import { toMemo, type Memo, type MemoRow, type MemoTargetType } from './memo-row';

export interface CreateMemoInput {
  title: string;
  /** The tiptap document of the body. */
  bodyJson: PmNode;
  /** The body as plain text, for previews and search. */
  bodyText: string;
  targetType: MemoTargetType;
  /** The document, code or segment the memo is about; null for project memos. */
  targetId: string | null;
}

/** Creates a memo written by the current coder. */
export function createMemo(ctx: Ctx, input: CreateMemoInput): Memo {
  checkTarget(input.targetType, input.targetId);
  return inChange(ctx, (change) => {
    const at = ctx.now();
    const row: MemoRow = {
      id: ctx.newId(),
      title: input.title.trim(),
      bodyJson: JSON.stringify(input.bodyJson),
      bodyText: input.bodyText,
      targetType: input.targetType,
      targetId: input.targetType === 'project' ? null : input.targetId,
      authorId: ctx.coderId,
      createdAt: at,
      updatedAt: at,
    };
    ctx.db.insert(memos).values(row).run();
    change.record({
      action: 'memos.create',
      entityType: 'memo',
      entityId: row.id,
      before: null,
      after: row,
    });
    return toMemo(row);
  });
}

/** Refuses a document, code or segment memo without a target. */
function checkTarget(targetType: MemoTargetType, targetId: string | null): void {
  if (targetType !== 'project' && (targetId === null || targetId === '')) {
    throw new TelaahError('invalid_input', `Invalid input: a ${targetType} memo needs a target.`, {
      detail: 'targetId',
    });
  }
}
