import type { Ctx } from '../context';
import { pageAt } from '../text/page-at';
import { subtreeIds } from '../coding/code-row';
import type { PageStart } from '../text/to-canonical-text';
import { commentsForCodings, type CommentItem } from './comments';
import type { ReviewState } from './review-state';

export interface ReviewQueueFilters {
  codeId?: string;
  /** With codeId: also codings of its sub-codes. */
  includeSubcodes?: boolean;
  coderId?: string;
  documentId?: string;
  caseId?: string;
  state?: ReviewState;
}

/** One coding to review: the excerpt in its context, the code's definition, the decision so far. */
export interface ReviewItem {
  /** The coding's id: what a decision is about. */
  id: string;
  segmentId: string;
  documentId: string;
  documentTitle: string;
  page: { page: number; label: string | null } | null;
  start: number;
  end: number;
  quote: string;
  /** Text before and after the excerpt, up to the paragraph's edges (at most ~400 characters). */
  contextBefore: string;
  contextAfter: string;
  code: {
    id: string;
    name: string;
    path: string;
    color: string;
    definition: string;
    inclusion: string;
    exclusion: string;
    example: string;
  };
  coderId: string;
  coderName: string;
  codedAt: number;
  reviewState: ReviewState;
  reviewerName: string | null;
  reviewedAt: number | null;
  comments: CommentItem[];
}

export interface ReviewQueue {
  items: ReviewItem[];
  /** Counts over the queue's filters without the state filter: the progress bar. */
  progress: Record<ReviewState, number> & { total: number };
}

const CONTEXT = 400;

/** The codings to review, by document and position, with progress counts. */
export function reviewQueue(ctx: Ctx, filters: ReviewQueueFilters = {}): ReviewQueue {
  const where: string[] = [];
  const params: string[] = [];
  if (filters.codeId !== undefined) {
    const ids =
      filters.includeSubcodes === true ? subtreeIds(ctx, filters.codeId) : [filters.codeId];
    where.push(`g.code_id in (select value from json_each(?))`);
    params.push(JSON.stringify(ids));
  }
  if (filters.coderId !== undefined) {
    where.push('g.coder_id = ?');
    params.push(filters.coderId);
  }
  if (filters.documentId !== undefined) {
    where.push('g.document_id = ?');
    params.push(filters.documentId);
  }
  if (filters.caseId !== undefined) {
    where.push('g.document_id in (select document_id from case_documents where case_id = ?)');
    params.push(filters.caseId);
  }
  const base = where.length > 0 ? `where ${where.join(' and ')}` : '';
  const counts = ctx.db.$client
    .prepare(`select g.review_state as state, count(*) as n from codings g ${base} group by 1`)
    .all(...params) as { state: ReviewState; n: number }[];
  const progress = { total: 0, proposed: 0, accepted: 0, rejected: 0, discuss: 0 };
  for (const { state, n } of counts) {
    progress[state] += n;
    progress.total += n;
  }
  const stateWhere = filters.state === undefined ? [] : ['g.review_state = ?'];
  const allWhere = [...where, ...stateWhere];
  const rows = ctx.db.$client
    .prepare(
      `select g.id, g.segment_id, g.document_id, g.code_id, g.coder_id, g.created_at,
              g.review_state, g.reviewed_at, s.start, s."end", s.quote,
              coder.name as coder_name, reviewer.name as reviewer_name
         from codings g
         join segments s on s.id = g.segment_id
         join coders coder on coder.id = g.coder_id
         left join coders reviewer on reviewer.id = g.reviewed_by
         join documents d on d.id = g.document_id
        ${allWhere.length > 0 ? `where ${allWhere.join(' and ')}` : ''}
        order by d.sort_order, d.title, s.start, s."end", g.code_id`,
    )
    .all(...params, ...(filters.state === undefined ? [] : [filters.state])) as QueueRow[];
  const docs = loadDocuments(ctx, new Set(rows.map((r) => r.document_id)));
  const codes = loadCodes(ctx);
  const comments = commentsForCodings(
    ctx,
    rows.map((r) => ({ codingId: r.id, segmentId: r.segment_id })),
  );
  const items = rows.map((r): ReviewItem => {
    const doc = docs.get(r.document_id);
    const text = doc?.text ?? '';
    const code = codes.get(r.code_id);
    return {
      id: r.id,
      segmentId: r.segment_id,
      documentId: r.document_id,
      documentTitle: doc?.title ?? '',
      page: pageAt(doc?.pageMap ?? null, r.start),
      start: r.start,
      end: r.end,
      quote: r.quote,
      contextBefore: contextBefore(text, r.start),
      contextAfter: contextAfter(text, r.end),
      code: code ?? {
        id: r.code_id,
        name: r.code_id,
        path: r.code_id,
        color: '#888888',
        definition: '',
        inclusion: '',
        exclusion: '',
        example: '',
      },
      coderId: r.coder_id,
      coderName: r.coder_name,
      codedAt: r.created_at,
      reviewState: r.review_state,
      reviewerName: r.reviewer_name,
      reviewedAt: r.reviewed_at,
      comments: comments.get(r.id) ?? [],
    };
  });
  return { items, progress };
}

interface QueueRow {
  id: string;
  segment_id: string;
  document_id: string;
  code_id: string;
  coder_id: string;
  created_at: number;
  review_state: ReviewState;
  reviewed_at: number | null;
  start: number;
  end: number;
  quote: string;
  coder_name: string;
  reviewer_name: string | null;
}

/** The text before `start` back to the paragraph's start, at most CONTEXT characters. */
export function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT);
  const slice = text.slice(from, start);
  const paragraph = slice.lastIndexOf('\n\n');
  const kept = paragraph >= 0 ? slice.slice(paragraph + 2) : slice;
  return (paragraph < 0 && from > 0 ? '…' : '') + kept;
}

/** The text after `end` up to the paragraph's end, at most CONTEXT characters. */
export function contextAfter(text: string, end: number): string {
  const slice = text.slice(end, end + CONTEXT);
  const paragraph = slice.indexOf('\n\n');
  const kept = paragraph >= 0 ? slice.slice(0, paragraph) : slice;
  return kept + (paragraph < 0 && end + CONTEXT < text.length ? '…' : '');
}

interface DocFacts {
  title: string;
  text: string;
  pageMap: PageStart[] | null;
}

function loadDocuments(ctx: Ctx, ids: Set<string>): Map<string, DocFacts> {
  const rows = ctx.db.$client
    .prepare(
      'select id, title, text, page_map from documents where id in (select value from json_each(?))',
    )
    .all(JSON.stringify([...ids])) as {
    id: string;
    title: string;
    text: string;
    page_map: string | null;
  }[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        title: r.title,
        text: r.text,
        pageMap: r.page_map === null ? null : (JSON.parse(r.page_map) as PageStart[]),
      },
    ]),
  );
}

function loadCodes(ctx: Ctx): Map<string, ReviewItem['code']> {
  const rows = ctx.db.$client
    .prepare(
      'select id, parent_id, name, color, definition, inclusion, exclusion, example from codes',
    )
    .all() as (Omit<ReviewItem['code'], 'path'> & { parent_id: string | null })[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const path = (id: string, seen = new Set<string>()): string => {
    const row = byId.get(id);
    if (row === undefined || seen.has(id)) return '';
    seen.add(id);
    return row.parent_id === null ? row.name : `${path(row.parent_id, seen)}/${row.name}`;
  };
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        path: path(r.id),
        color: r.color,
        definition: r.definition,
        inclusion: r.inclusion,
        exclusion: r.exclusion,
        example: r.example,
      },
    ]),
  );
}
