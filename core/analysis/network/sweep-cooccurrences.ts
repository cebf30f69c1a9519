import type { Ctx } from '../../context';
import { CodingColumnsBuilder } from './coding-columns';
import { codingReaches } from './coding-reaches';
import type { Proximity } from './cooccurrence-options';
import type { CodingSpan } from './load-codings';

/**
 * Calls `pair` once for every two codings of different codes in one document that co-occur
 * under `proximity` (see `codingReaches`, which the co-occurrence table counts by too). A sweep
 * over each document's codings in start order, so the cost follows the number of co-occurring
 * pairs.
 */
export function sweepCooccurrences(
  ctx: Ctx,
  codings: readonly CodingSpan[],
  proximity: Proximity,
  pair: (a: CodingSpan, b: CodingSpan) => void,
): void {
  const builder = new CodingColumnsBuilder();
  for (const c of codings) builder.add(builder.document(c.documentId), c.start, c.end, 0);
  const columns = builder.finish();
  const { lo, hi } = codingReaches(ctx, columns, proximity);
  let from = 0;
  for (const to of columns.documentEnd) {
    for (let i = from; i < to; i++) {
      const a = codings[columns.source[i] ?? 0];
      const reach = hi[i] ?? 0;
      for (let j = i + 1; j < to && (lo[j] ?? 0) < reach; j++) {
        const b = codings[columns.source[j] ?? 0];
        if (a !== undefined && b !== undefined && a.codeId !== b.codeId) pair(a, b);
      }
    }
    from = to;
  }
}
