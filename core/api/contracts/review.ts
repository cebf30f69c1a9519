import { z } from 'zod';
import type { Coder } from '../../coding/coders';
import type { AuditPage } from '../../review/audit-trail';
import type { CommentItem, CommentRow } from '../../review/comments';
import type { ReceiveReviewResult } from '../../review/receive-review';
import type { ReviewQueue } from '../../review/review-queue';
import { CODER_ROLES, REVIEW_STATES } from '../../review/review-state';
import type { ReviewDecision } from '../../review/set-review-state';
import { id, out } from '../contract-kit';
import type { ExportedFile } from '../exported-file';

const reviewState = z.enum(REVIEW_STATES);
const commentTarget = z.enum(['coding', 'segment']);

const auditFilters = {
  coderId: id.optional(),
  entityType: z.string().min(1).max(50).optional(),
  entityId: id.optional(),
  action: z.string().max(100).optional(),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
};

/** Supervisor review: roles, decisions, comments, the queue, receiving a review, the audit trail. */
export const reviewContract = {
  /** Makes a coder a reviewer (or a coder again). */
  'coders.setRole': {
    input: z.object({ coderId: id, role: z.enum(CODER_ROLES) }),
    output: out<Coder>(),
  },
  /** Codings to review with their context, the code's definition and comments; progress counts. */
  'review.queue': {
    input: z.object({
      codeId: id.optional(),
      includeSubcodes: z.boolean().optional(),
      coderId: id.optional(),
      documentId: id.optional(),
      caseId: id.optional(),
      state: reviewState.optional(),
    }),
    output: out<ReviewQueue>(),
  },
  /** Accepts, rejects or marks codings for discussion; only a reviewer may. One undo step. */
  'review.setState': {
    input: z.object({ codingIds: z.array(id).min(1).max(10_000), state: reviewState }),
    output: out<ReviewDecision[]>(),
  },
  /** Takes the decisions and comments from a reviewer's copy of this project, nothing else. */
  'review.receive': {
    input: z.object({ file: z.string().min(1) }),
    output: out<ReceiveReviewResult>(),
  },
  /** The review report (per code and coder: decisions, comments, agreement) as HTML or DOCX. */
  'review.exportReport': {
    input: z.object({ format: z.enum(['html', 'docx']), language: z.enum(['en', 'id']) }),
    output: out<ExportedFile>(),
  },
  'comments.list': {
    input: z.object({ targetType: commentTarget, targetId: id }),
    output: out<CommentItem[]>(),
  },
  'comments.add': {
    input: z.object({
      targetType: commentTarget,
      targetId: id,
      parentId: id.nullable().optional(),
      body: z.string().min(1).max(20_000),
    }),
    output: out<CommentRow>(),
  },
  'comments.edit': {
    input: z.object({ id, body: z.string().min(1).max(20_000) }),
    output: out<CommentRow>(),
  },
  'comments.delete': { input: z.object({ id }), output: out<{ deleted: number }>() },
  /** The event log filtered by person, object, action and time, newest first, paged. */
  'audit.list': {
    input: z.object({
      ...auditFilters,
      limit: z.number().int().positive().max(1000).optional(),
      offset: z.number().int().nonnegative().optional(),
    }),
    output: out<AuditPage>(),
  },
  /** The filtered audit trail as CSV, oldest first, one row per changed field. */
  'audit.exportCsv': { input: z.object(auditFilters), output: out<ExportedFile>() },
} as const;
