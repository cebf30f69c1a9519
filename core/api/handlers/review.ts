import { toExportedFile } from '../../exchange/exported-file';
import { auditTrail, auditTrailCsv } from '../../review/audit-trail';
import { addComment, deleteComment, editComment, listComments } from '../../review/comments';
import { receiveReview } from '../../review/receive-review';
import { reviewQueue } from '../../review/review-queue';
import { reviewReport } from '../../review/review-report';
import { setCoderRole } from '../../review/set-coder-role';
import { setReviewState } from '../../review/set-review-state';
import type { AppSession } from '../app-session';
import type { Channel } from '../contract';
import type { reviewContract } from '../contracts/review';
import type { Handlers } from '../dispatch';

export type ReviewHandlers = Pick<Handlers, Extract<keyof typeof reviewContract, Channel>>;

/** Handlers of the review, comment and audit calls. */
export function reviewHandlers(session: AppSession): ReviewHandlers {
  const ctx = () => session.ctx();
  return {
    'coders.setRole': (i) => setCoderRole(ctx(), i.coderId, i.role),
    'review.queue': (i) => reviewQueue(ctx(), i),
    'review.setState': (i) => setReviewState(ctx(), i.codingIds, i.state),
    'review.receive': (i) => {
      const current = session.current();
      return receiveReview(ctx(), current?.file ?? '', i.file);
    },
    'review.exportReport': async (i) => {
      const report = await reviewReport(ctx(), i.format, i.language);
      return toExportedFile(
        report,
        i.language === 'id' ? 'laporan-tinjauan' : 'review-report',
        i.format,
      );
    },
    'comments.list': (i) => listComments(ctx(), i.targetType, i.targetId),
    'comments.add': (i) => addComment(ctx(), i),
    'comments.edit': (i) => editComment(ctx(), i.id, i.body),
    'comments.delete': (i) => deleteComment(ctx(), i.id),
    'audit.list': (i) => auditTrail(ctx(), i),
    'audit.exportCsv': (i) => toExportedFile(auditTrailCsv(ctx(), i), 'audit-trail', 'csv'),
  };
}
