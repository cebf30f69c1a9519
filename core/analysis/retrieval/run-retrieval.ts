import type { RetrievalQuery } from '../../api/contracts/retrieval';
import type { Ctx } from '../../context';
import { evaluateQuery } from './evaluate-query';
import type { RetrievalResult } from './retrieval-row';
import { DEFAULT_CONTEXT, toRetrievalRows, type ContextOptions } from './to-retrieval-rows';

/** Runs a query: its rows in document order, with counts of segments and documents. */
export function runRetrieval(
  ctx: Ctx,
  query: RetrievalQuery,
  context: ContextOptions = DEFAULT_CONTEXT,
): RetrievalResult {
  const spans = evaluateQuery(ctx, query);
  const rows = toRetrievalRows(ctx, spans, context);
  return {
    rows,
    segmentCount: new Set(spans.flatMap((s) => s.segmentIds)).size,
    documentCount: new Set(spans.map((s) => s.documentId)).size,
  };
}
