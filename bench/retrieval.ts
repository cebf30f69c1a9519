// Retrieval timings on the generated project: 1,000 documents, 100,000 codings.
import type { QueryNode } from '../core/api/contracts/retrieval';
import { runRetrieval } from '../core/analysis/retrieval/run-retrieval';
import { listSegments } from '../core/coding/list-segments';
import type { BenchResult } from './bench-result';
import { measureAgainst, timeRuns } from './bench-kit';
import { withBenchProject } from './bench-project';

const RUNS = 10;

const code = (codeId: string, includeSubcodes: boolean): QueryNode => ({
  op: 'code',
  codeId,
  includeSubcodes,
});

/**
 * Times retrieval.run against listSegments of the same code, measured in the same run, on
 * documents of 8–15 paragraphs on pages (no search index, which retrieval does not read).
 */
export function benchRetrieval(): Promise<BenchResult[]> {
  return withBenchProject({ searchIndex: false }, (ctx): BenchResult[] => {
    const baseline = timeRuns(RUNS, () =>
      listSegments(ctx, { codeId: 'code-7', includeSubcodes: true }),
    );
    const measure = measureAgainst(RUNS, baseline.median);
    return [
      {
        name: 'retrieval: listSegments of a code with sub-codes (baseline)',
        unit: 'ms',
        ...baseline,
      },
      measure(
        'retrieval: one code with sub-codes, rows with context',
        () => runRetrieval(ctx, { root: code('code-7', true), filters: {} }),
        '< 1000 ms',
      ),
      measure(
        'retrieval: two codes with sub-codes, AND',
        () =>
          runRetrieval(ctx, {
            root: {
              op: 'and',
              left: code('code-3', true),
              right: code('code-5', true),
              span: 'segment',
              sameCoder: false,
            },
            filters: {},
          }),
        '< 1000 ms',
      ),
      measure(
        'retrieval: two codes WITHIN 1 paragraph',
        () =>
          runRetrieval(ctx, {
            root: {
              op: 'within',
              left: code('code-3', false),
              right: code('code-5', false),
              distance: 1,
              unit: 'paragraphs',
              sameCoder: false,
            },
            filters: {},
          }),
        '< 1000 ms',
      ),
    ];
  });
}
