// Project query timings on the generated project: 1,000 documents, 100,000 codings, 50 codes.
import { codeDocumentMatrix } from '../core/coding/code-document-matrix';
import { listSegments } from '../core/coding/list-segments';
import { searchText } from '../core/search/search-text';
import type { BenchResult } from './bench-result';
import { timeRuns } from './bench-kit';
import { withBenchProject } from './bench-project';

const RUNS = 20;

const time = (run: () => unknown) => timeRuns(RUNS, run);

/** Builds the project in a temp folder and times the queries the coding view and reports use. */
export function benchDbQueries(): Promise<BenchResult[]> {
  return withBenchProject({}, (ctx): BenchResult[] => [
    {
      name: 'segments of one code (listSegments)',
      unit: 'ms',
      ...time(() => listSegments(ctx, { codeId: 'code-17' })),
      target: '< 20 ms',
    },
    {
      name: 'segments of a code with sub-codes',
      unit: 'ms',
      ...time(() => listSegments(ctx, { codeId: 'code-7', includeSubcodes: true })),
      target: '',
    },
    {
      name: 'document × code count matrix',
      unit: 'ms',
      ...time(() => codeDocumentMatrix(ctx)),
      target: '< 150 ms',
    },
    {
      name: 'search one common word (100 hits)',
      unit: 'ms',
      ...time(() => searchText(ctx, 'kerjasama', { limit: 100 })),
      target: '< 50 ms',
    },
    {
      name: 'search two words + diacritics (100 hits)',
      unit: 'ms',
      ...time(() => searchText(ctx, 'gamelan cafe', { limit: 100 })),
      target: '< 50 ms',
    },
    {
      name: 'search a phrase (100 hits)',
      unit: 'ms',
      ...time(() => searchText(ctx, '"wali kota"', { limit: 100 })),
      target: '< 50 ms',
    },
  ]);
}
