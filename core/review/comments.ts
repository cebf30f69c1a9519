import { and, asc, eq } from 'drizzle-orm';
import { codings, comments, segments } from '../../db/schema';
import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';

export type CommentRow = typeof comments.$inferSelect;
export type CommentTarget = CommentRow['targetType'];

/** A comment as lists show it: with its author's name and role. */
export interface CommentItem extends CommentRow {
  authorName: string;
  authorRole: 'coder' | 'reviewer';
}

export interface AddCommentInput {
  targetType: CommentTarget;
  targetId: string;
  /** The comment this one answers, in the same thread. */
  parentId?: string | null;
  body: string;
}

/** Adds a comment to a coding or a segment, by the current coder. */
export function addComment(ctx: Ctx, input: AddCommentInput): CommentRow {
  const body = input.body.trim();
  if (body === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a comment needs text.', {
      detail: 'body',
    });
  }
  requireTarget(ctx, input.targetType, input.targetId);
  return inChange(ctx, (change) => {
    if (input.parentId !== undefined && input.parentId !== null) {
      const parent = requireComment(ctx, input.parentId);
      if (parent.targetType !== input.targetType || parent.targetId !== input.targetId) {
        throw new TelaahError(
          'invalid_input',
          'Invalid input: a reply must be on the same target.',
          {
            detail: 'parentId',
          },
        );
      }
    }
    const at = ctx.now();
    const row: CommentRow = {
      id: ctx.newId(),
      targetType: input.targetType,
      targetId: input.targetId,
      parentId: input.parentId ?? null,
      body,
      authorId: ctx.coderId,
      createdAt: at,
      updatedAt: at,
    };
    ctx.db.insert(comments).values(row).run();
    change.record({
      action: 'comments.add',
      entityType: 'comment',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** Changes the text of one's own comment. */
export function editComment(ctx: Ctx, id: string, bodyText: string): CommentRow {
  const body = bodyText.trim();
  if (body === '') {
    throw new TelaahError('invalid_input', 'Invalid input: a comment needs text.', {
      detail: 'body',
    });
  }
  return inChange(ctx, (change) => {
    const before = requireOwn(ctx, id);
    const after = { ...before, body, updatedAt: ctx.now() };
    ctx.db
      .update(comments)
      .set({ body, updatedAt: after.updatedAt })
      .where(eq(comments.id, id))
      .run();
    change.record({ action: 'comments.edit', entityType: 'comment', entityId: id, before, after });
    return after;
  });
}

/** Deletes one's own comment and its replies. */
export function deleteComment(ctx: Ctx, id: string): { deleted: number } {
  return inChange(ctx, (change) => {
    const root = requireOwn(ctx, id);
    const thread = collectThread(ctx, root);
    // Replies first, so undo (which replays in reverse) restores parents before children.
    for (const row of thread.slice().reverse()) {
      change.record({
        action: 'comments.delete',
        entityType: 'comment',
        entityId: row.id,
        before: row,
        after: null,
      });
    }
    ctx.db.delete(comments).where(eq(comments.id, id)).run();
    return { deleted: thread.length };
  });
}

/** The comments on a target, oldest first, with author names; replies follow their parent. */
export function listComments(ctx: Ctx, targetType: CommentTarget, targetId: string): CommentItem[] {
  const rows = ctx.db.$client
    .prepare(
      `select m.*, c.name as author_name, c.role as author_role
         from comments m join coders c on c.id = m.author_id
        where m.target_type = ? and m.target_id = ?
        order by m.created_at, m.rowid`,
    )
    .all(targetType, targetId) as Record<string, unknown>[];
  const items = rows.map(toItem);
  return threadOrder(items);
}

/** Comments on any of these codings and on their segments, by coding id. */
export function commentsForCodings(
  ctx: Ctx,
  items: readonly { codingId: string; segmentId: string }[],
): Map<string, CommentItem[]> {
  const result = new Map<string, CommentItem[]>();
  if (items.length === 0) return result;
  const rows = ctx.db.$client
    .prepare(
      `select m.*, c.name as author_name, c.role as author_role
         from comments m join coders c on c.id = m.author_id
        where (m.target_type = 'coding' and m.target_id in (select value from json_each(?)))
           or (m.target_type = 'segment' and m.target_id in (select value from json_each(?)))
        order by m.created_at, m.rowid`,
    )
    .all(
      JSON.stringify(items.map((i) => i.codingId)),
      JSON.stringify(items.map((i) => i.segmentId)),
    ) as Record<string, unknown>[];
  const byTarget = new Map<string, CommentItem[]>();
  for (const item of rows.map(toItem)) {
    const key = `${item.targetType}:${item.targetId}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), item]);
  }
  for (const { codingId, segmentId } of items) {
    const list = [
      ...(byTarget.get(`coding:${codingId}`) ?? []),
      ...(byTarget.get(`segment:${segmentId}`) ?? []),
    ].sort((a, b) => a.createdAt - b.createdAt);
    result.set(codingId, threadOrder(list));
  }
  return result;
}

function toItem(r: Record<string, unknown>): CommentItem {
  return {
    id: String(r.id),
    targetType: r.target_type as CommentTarget,
    targetId: String(r.target_id),
    parentId: typeof r.parent_id === 'string' ? r.parent_id : null,
    body: String(r.body),
    authorId: String(r.author_id),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    authorName: String(r.author_name),
    authorRole: r.author_role === 'reviewer' ? 'reviewer' : 'coder',
  };
}

/** Depth-first: each comment followed by its replies, oldest first at each level. */
function threadOrder(items: CommentItem[]): CommentItem[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, CommentItem[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const out: CommentItem[] = [];
  const visit = (parent: string | null): void => {
    for (const child of children.get(parent) ?? []) {
      out.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return out;
}

function collectThread(ctx: Ctx, root: CommentRow): CommentRow[] {
  const all = ctx.db
    .select()
    .from(comments)
    .where(and(eq(comments.targetType, root.targetType), eq(comments.targetId, root.targetId)))
    .orderBy(asc(comments.createdAt))
    .all();
  const out: CommentRow[] = [root];
  for (let i = 0; i < out.length; i++) {
    const parent = out[i];
    for (const row of all) if (parent && row.parentId === parent.id) out.push(row);
  }
  return out;
}

function requireComment(ctx: Ctx, id: string): CommentRow {
  const row = ctx.db.select().from(comments).where(eq(comments.id, id)).get();
  if (row === undefined) {
    throw new TelaahError('not_found', `Comment not found: ${id}`, { what: 'Comment', name: id });
  }
  return row;
}

function requireOwn(ctx: Ctx, id: string): CommentRow {
  const row = requireComment(ctx, id);
  if (row.authorId !== ctx.coderId) {
    throw new TelaahError('conflict', 'Cannot do that: only its author can change a comment.', {
      detail: 'author',
    });
  }
  return row;
}

function requireTarget(ctx: Ctx, targetType: CommentTarget, targetId: string): void {
  const table = targetType === 'coding' ? codings : segments;
  const row = ctx.db.select({ id: table.id }).from(table).where(eq(table.id, targetId)).get();
  if (row === undefined) {
    const what = targetType === 'coding' ? 'Coding' : 'Segment';
    throw new TelaahError('not_found', `${what} not found: ${targetId}`, { what, name: targetId });
  }
}
