import Database from 'better-sqlite3';
import { realpathSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { coders, codings, comments } from '../../db/schema';
import { TELAAH_APPLICATION_ID } from '../../db/open-database';
import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import { inChange, type Change } from '../events/in-change';
import type { ReviewState } from './review-state';

/** A decision that came back from the reviewer's copy. */
export interface ReceivedDecision {
  codingId: string;
  documentTitle: string;
  codeName: string;
  quote: string;
  before: ReviewState;
  after: ReviewState;
  reviewerName: string;
}

export interface ReceivedComment {
  id: string;
  targetType: 'coding' | 'segment';
  targetId: string;
  authorName: string;
  body: string;
  /** New, or an edit of a comment already here. */
  kind: 'added' | 'edited';
}

/** What receiving a review changed, and what it could not place. */
export interface ReceiveReviewResult {
  decisions: ReceivedDecision[];
  comments: ReceivedComment[];
  coders: { name: string; role: string }[];
  /** Decisions on codings this project no longer has (deleted or never here). */
  decisionsNotFound: number;
  commentsNotFound: number;
  /** Decisions here newer than the reviewer's copy, kept. */
  keptNewer: number;
}

interface TheirCoding {
  id: string;
  review_state: ReviewState;
  reviewed_by: string | null;
  reviewed_at: number | null;
}

interface TheirCoder {
  id: string;
  name: string;
  color: string;
  role: 'coder' | 'reviewer';
  created_at: number;
}

interface TheirComment {
  id: string;
  target_type: 'coding' | 'segment';
  target_id: string;
  parent_id: string | null;
  body: string;
  author_id: string;
  created_at: number;
  updated_at: number;
}

/**
 * Takes a reviewer's decisions and comments from their copy of this project (a `.telaah` file)
 * and nothing else: codes, segments, memos and documents stay as they are. A decision replaces
 * ours only when it is newer; receiving the same file twice changes nothing. One undo reverts it.
 */
export function receiveReview(
  ctx: Ctx,
  ownFile: string,
  reviewedFile: string,
): ReceiveReviewResult {
  if (sameFile(ownFile, reviewedFile)) {
    throw new TelaahError('merge_same_project', 'A project cannot be merged into itself.');
  }
  const theirs = openReviewed(reviewedFile);
  try {
    const theirCoders = theirs.prepare('select * from coders').all() as TheirCoder[];
    const theirCodings = theirs
      .prepare(
        `select id, review_state, reviewed_by, reviewed_at from codings
          where review_state <> 'proposed' or reviewed_at is not null`,
      )
      .all() as TheirCoding[];
    const theirComments = theirs
      .prepare('select * from comments order by created_at, rowid')
      .all() as TheirComment[];
    return inChange(ctx, (change) => {
      const result: ReceiveReviewResult = {
        decisions: [],
        comments: [],
        coders: [],
        decisionsNotFound: 0,
        commentsNotFound: 0,
        keptNewer: 0,
      };
      const coderIds = mapCoders(ctx, change, theirCoders, result);
      receiveDecisions(ctx, change, theirCodings, coderIds, result);
      receiveComments(ctx, change, theirComments, coderIds, result);
      return result;
    });
  } finally {
    theirs.close();
  }
}

function openReviewed(file: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new TelaahError('project_not_found', `Project “${file}” was not found.`, { file });
  }
  try {
    if (db.pragma('application_id', { simple: true }) !== TELAAH_APPLICATION_ID) {
      throw new TelaahError('project_not_telaah', `“${file}” is not a Telaah project file.`, {
        file,
      });
    }
    const columns = db.prepare("select name from pragma_table_info('codings')").all() as {
      name: string;
    }[];
    if (!columns.some((c) => c.name === 'review_state')) {
      throw new TelaahError(
        'invalid_input',
        `Invalid input: “${file}” was saved by a version of Telaah without review; it holds no decisions.`,
        { detail: file },
      );
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError) {
      throw new TelaahError('project_not_telaah', `“${file}” is not a Telaah project file.`, {
        file,
      });
    }
    throw error;
  }
}

/** Their coder ids → ours, matching by id then by name; missing reviewers are added. */
function mapCoders(
  ctx: Ctx,
  change: Change,
  theirCoders: readonly TheirCoder[],
  result: ReceiveReviewResult,
): Map<string, string> {
  const ours = ctx.db.select().from(coders).all();
  const byId = new Map(ours.map((c) => [c.id, c]));
  const byName = new Map(ours.map((c) => [c.name.toLowerCase(), c]));
  const map = new Map<string, string>();
  for (const c of theirCoders) {
    const mine = byId.get(c.id) ?? byName.get(c.name.toLowerCase());
    if (mine !== undefined) {
      map.set(c.id, mine.id);
      if (c.role === 'reviewer' && mine.role !== 'reviewer') {
        const after = { ...mine, role: 'reviewer' as const };
        ctx.db.update(coders).set({ role: 'reviewer' }).where(eq(coders.id, mine.id)).run();
        change.record({
          action: 'review.receive',
          entityType: 'coder',
          entityId: mine.id,
          before: mine,
          after,
        });
        result.coders.push({ name: mine.name, role: 'reviewer' });
      }
      continue;
    }
    const row = {
      id: c.id,
      name: c.name,
      color: c.color,
      role: c.role,
      createdAt: c.created_at,
    };
    // Added lazily: only coders whose decisions or comments land are worth a row.
    map.set(c.id, `new:${JSON.stringify(row)}`);
  }
  return map;
}

/** Our id for their coder, inserting a coder only when something of theirs lands. */
function ensureMapped(
  ctx: Ctx,
  change: Change,
  map: Map<string, string>,
  theirId: string,
  result: ReceiveReviewResult,
): string {
  const mapped = map.get(theirId);
  if (mapped === undefined) return theirId;
  if (!mapped.startsWith('new:')) return mapped;
  const row = JSON.parse(mapped.slice(4)) as typeof coders.$inferSelect;
  ctx.db.insert(coders).values(row).run();
  change.record({
    action: 'review.receive',
    entityType: 'coder',
    entityId: row.id,
    before: null,
    after: row,
  });
  result.coders.push({ name: row.name, role: row.role });
  map.set(theirId, row.id);
  return row.id;
}

function receiveDecisions(
  ctx: Ctx,
  change: Change,
  theirCodings: readonly TheirCoding[],
  coderIds: Map<string, string>,
  result: ReceiveReviewResult,
): void {
  const find = ctx.db.$client.prepare(
    `select g.*, s.quote, c.name as code_name, d.title as document_title,
            r.name as reviewer_name
       from codings g join segments s on s.id = g.segment_id
       join codes c on c.id = g.code_id join documents d on d.id = g.document_id
       left join coders r on r.id = ?
      where g.id = ?`,
  );
  for (const t of theirCodings) {
    const mineRaw = find.get(t.reviewed_by, t.id) as Record<string, unknown> | undefined;
    if (mineRaw === undefined) {
      result.decisionsNotFound++;
      continue;
    }
    const mine = ctx.db.select().from(codings).where(eq(codings.id, t.id)).get();
    if (mine === undefined) continue;
    const same =
      mine.reviewState === t.review_state &&
      mine.reviewedAt === t.reviewed_at &&
      (mine.reviewedBy === null) === (t.reviewed_by === null);
    if (same) continue;
    if (mine.reviewedAt !== null && (t.reviewed_at === null || mine.reviewedAt >= t.reviewed_at)) {
      result.keptNewer++;
      continue;
    }
    const reviewedBy =
      t.reviewed_by === null ? null : ensureMapped(ctx, change, coderIds, t.reviewed_by, result);
    const patch = { reviewState: t.review_state, reviewedBy, reviewedAt: t.reviewed_at };
    ctx.db.update(codings).set(patch).where(eq(codings.id, t.id)).run();
    change.record({
      action: 'review.receive',
      entityType: 'coding',
      entityId: t.id,
      before: mine,
      after: { ...mine, ...patch },
    });
    const reviewer =
      reviewedBy === null
        ? ''
        : (ctx.db.select({ name: coders.name }).from(coders).where(eq(coders.id, reviewedBy)).get()
            ?.name ?? '');
    result.decisions.push({
      codingId: t.id,
      documentTitle: String(mineRaw.document_title),
      codeName: String(mineRaw.code_name),
      quote: String(mineRaw.quote),
      before: mine.reviewState,
      after: t.review_state,
      reviewerName: reviewer,
    });
  }
}

function receiveComments(
  ctx: Ctx,
  change: Change,
  theirComments: readonly TheirComment[],
  coderIds: Map<string, string>,
  result: ReceiveReviewResult,
): void {
  const targetExists = {
    coding: ctx.db.$client.prepare('select 1 from codings where id = ?'),
    segment: ctx.db.$client.prepare('select 1 from segments where id = ?'),
  };
  const landed = new Set<string>();
  for (const t of theirComments) {
    if (targetExists[t.target_type].get(t.target_id) === undefined) {
      result.commentsNotFound++;
      continue;
    }
    const mine = ctx.db.select().from(comments).where(eq(comments.id, t.id)).get();
    if (mine !== undefined) {
      landed.add(t.id);
      if (mine.body === t.body || mine.updatedAt >= t.updated_at) continue;
      const after = { ...mine, body: t.body, updatedAt: t.updated_at };
      ctx.db
        .update(comments)
        .set({ body: t.body, updatedAt: t.updated_at })
        .where(eq(comments.id, t.id))
        .run();
      change.record({
        action: 'review.receive',
        entityType: 'comment',
        entityId: t.id,
        before: mine,
        after,
      });
      result.comments.push(describe(ctx, after, 'edited'));
      continue;
    }
    const row = {
      id: t.id,
      targetType: t.target_type,
      targetId: t.target_id,
      parentId: t.parent_id !== null && landed.has(t.parent_id) ? t.parent_id : null,
      body: t.body,
      authorId: ensureMapped(ctx, change, coderIds, t.author_id, result),
      createdAt: t.created_at,
      updatedAt: t.updated_at,
    };
    ctx.db.insert(comments).values(row).run();
    landed.add(t.id);
    change.record({
      action: 'review.receive',
      entityType: 'comment',
      entityId: row.id,
      before: null,
      after: row,
    });
    result.comments.push(describe(ctx, row, 'added'));
  }
}

function describe(
  ctx: Ctx,
  row: typeof comments.$inferSelect,
  kind: 'added' | 'edited',
): ReceivedComment {
  const author = ctx.db
    .select({ name: coders.name })
    .from(coders)
    .where(eq(coders.id, row.authorId))
    .get();
  return {
    id: row.id,
    targetType: row.targetType,
    targetId: row.targetId,
    authorName: author?.name ?? '',
    body: row.body,
    kind,
  };
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
