// `npm run bench`: runs every benchmark and prints medians, baselines and ratios.
import type { BenchResult } from './bench-result';
import { benchDbQueries } from './db-queries';
import { benchDocumentView } from './document-view';
import { benchPdfImport } from './pdf-import';

const suites: [string, () => Promise<BenchResult[]>][] = [
  ['PDF import (400-page two-column PDF)', benchPdfImport],
  ['Project queries (1,000 documents, 100,000 codings)', benchDbQueries],
  ['Document view in Chromium (1,000,000 characters, 10,000 codings)', benchDocumentView],
];

const format = (n: number | undefined): string => (n === undefined ? '' : n.toFixed(2));

for (const [title, run] of suites) {
  console.log(`\n${title}`);
  const results = await run();
  console.table(
    results.map((r) => ({
      measure: r.name,
      'median ms': format(r.median),
      'p95 ms': format(r.p95),
      'baseline ms': format(r.baseline),
      ratio: format(r.ratio),
      target: r.target ?? '',
    })),
  );
}
