import { exportRetrieval } from '../../analysis/retrieval/export-retrieval';
import { runRetrieval } from '../../analysis/retrieval/run-retrieval';
import {
  createSavedQuery,
  deleteSavedQuery,
  getSavedQuery,
  listSavedQueries,
  updateSavedQuery,
} from '../../analysis/retrieval/saved-queries';
import {
  linkSummarySegments,
  unlinkSummarySegments,
} from '../../analysis/summaries/link-summary-segments';
import { listSummaries } from '../../analysis/summaries/list-summaries';
import { getSummary } from '../../analysis/summaries/summary-row';
import {
  createSummary,
  deleteSummary,
  updateSummary,
} from '../../analysis/summaries/write-summary';
import type { AppSession } from '../app-session';
import type { retrievalContract } from '../contracts/retrieval';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

export type RetrievalHandlers = Pick<Handlers, Extract<keyof typeof retrievalContract, Channel>>;

/** Handlers of the retrieval calls: queries, saved queries, exports and summaries. */
export function retrievalHandlers(session: AppSession): RetrievalHandlers {
  const ctx = () => session.ctx();
  return {
    'retrieval.run': (i) => runRetrieval(ctx(), i.query, i.context),
    'retrieval.export': (i) => exportRetrieval(ctx(), i),
    'queries.list': () => listSavedQueries(ctx()),
    'queries.create': (i) => createSavedQuery(ctx(), i),
    'queries.update': (i) => updateSavedQuery(ctx(), i.id, i),
    'queries.delete': (i) => {
      deleteSavedQuery(ctx(), i.id);
      return null;
    },
    'queries.run': (i) => runRetrieval(ctx(), getSavedQuery(ctx(), i.id).definition, i.context),
    'summaries.list': (i) => listSummaries(ctx(), i),
    'summaries.get': (i) => getSummary(ctx(), i.id),
    'summaries.create': (i) => createSummary(ctx(), i),
    'summaries.update': (i) => updateSummary(ctx(), i.id, i),
    'summaries.delete': (i) => {
      deleteSummary(ctx(), i.id);
      return null;
    },
    'summaries.link': (i) => linkSummarySegments(ctx(), i.id, i.segmentIds),
    'summaries.unlink': (i) => unlinkSummarySegments(ctx(), i.id, i.segmentIds),
  };
}
