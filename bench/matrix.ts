// Matrix builder timings on the generated project: 1,000 documents × 50 codes, 100,000 codings.
import { buildMatrix } from '../core/analysis/matrix/build-matrix';
import { matrixConfig, type MatrixConfigInput } from '../core/analysis/matrix/matrix-config';
import { codeDocumentMatrix } from '../core/coding/code-document-matrix';
import type { BenchResult } from './bench-result';
import { measureAgainst, timeRuns } from './bench-kit';
import { BENCH_PROJECT, withBenchProject } from './bench-project';

const RUNS = 20;

/** The bench project as the matrix reads it: plain text without quotes nor search index, 100 cases. */
const MATRIX_PROJECT = { pages: false, searchIndex: false, quotes: false, cases: 100 };

const allCodes = Array.from({ length: BENCH_PROJECT.codes }, (_, c) => ({
  kind: 'code' as const,
  codeId: `code-${c}`,
}));

/**
 * Times the matrix builder against the bare document × code count query measured in the same
 * run (the baseline): counts, sub-code roll-up, cases, coverage and ordering by a cell.
 */
export function benchMatrix(): Promise<BenchResult[]> {
  return withBenchProject(MATRIX_PROJECT, (ctx): BenchResult[] => {
    const matrix = (input: MatrixConfigInput) => () =>
      buildMatrix(ctx, matrixConfig.parse(input), null);
    const baseline = timeRuns(RUNS, () => codeDocumentMatrix(ctx));
    const measure = measureAgainst(RUNS, baseline.median);
    return [
      { name: 'matrix baseline: document × code count query', unit: 'ms', ...baseline },
      measure(
        'matrix 1,000 documents × 50 codes, counts',
        matrix({ rows: { source: 'documents' }, columns: allCodes, includeSubcodes: false }),
        '≤ 150 ms',
      ),
      measure(
        'matrix 1,000 documents × 50 codes, sub-codes rolled up, ordered by a cell',
        matrix({
          rows: { source: 'documents' },
          columns: allCodes,
          includeSubcodes: true,
          order: { by: 'column', columnKey: 'code:code-3', direction: 'desc' },
          partition: { method: 'tertiles', columnKey: 'code:code-3' },
        }),
        '≤ 150 ms',
      ),
      measure(
        'matrix 100 cases × 50 codes, documents per cell',
        matrix({ rows: { source: 'cases' }, columns: allCodes, cell: 'documents' }),
      ),
      measure(
        'matrix 1,000 documents × 10 codes, coverage',
        matrix({ rows: { source: 'documents' }, columns: allCodes.slice(0, 10), cell: 'coverage' }),
      ),
    ];
  });
}
