// Co-occurrence and network timings on the generated project: 1,000 documents, 100,000
// codings, 50 codes.
import { codeFrequency } from '../core/analysis/network/code-frequency';
import { cooccurrence } from '../core/analysis/network/cooccurrence';
import { networkGraph } from '../core/analysis/network/network-graph';
import { codeCooccurrence } from '../core/coding/code-cooccurrence';
import type { BenchResult } from './bench-result';
import { measureAgainst, timeRuns } from './bench-kit';
import { withBenchProject } from './bench-project';

const RUNS = 15;

/** The bench project without page maps, quotes and search index, which this bench does not read. */
const NETWORK_PROJECT = { pages: false, searchIndex: false, quotes: false };

const network = {
  measure: 'count' as const,
  threshold: 50,
  showCooccurrence: true,
  showLinks: true,
  positions: {},
};

/** Times the co-occurrence table (50 codes) against the plain SQL self-join as the baseline. */
export function benchNetwork(): Promise<BenchResult[]> {
  return withBenchProject(NETWORK_PROJECT, (ctx): BenchResult[] => {
    const baseline = timeRuns(RUNS, () => codeCooccurrence(ctx));
    const measure = measureAgainst(RUNS, baseline.median);
    return [
      { name: 'co-occurrence baseline: SQL overlap self-join', unit: 'ms', ...baseline },
      measure('co-occurrence table, 50 codes (overlap)', () => cooccurrence(ctx), '≤ 300 ms'),
      measure('co-occurrence table, 50 codes (within 100 characters)', () =>
        cooccurrence(ctx, { proximity: { mode: 'near', chars: 100 } }),
      ),
      measure('co-occurrence table, 50 codes (same paragraph)', () =>
        cooccurrence(ctx, { proximity: { mode: 'paragraph' } }),
      ),
      measure('network of 50 codes with automatic layout', () => networkGraph(ctx, network)),
      measure('code frequency chart by document', () =>
        codeFrequency(ctx, { by: 'document', measure: 'codings', stacked: true }),
      ),
    ];
  });
}
