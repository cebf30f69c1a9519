// `npm run bench`: runs every benchmark and prints medians, baselines and ratios.
import type { BenchResult } from './bench-result';
import { benchAgreement } from './agreement';
import { benchDbQueries } from './db-queries';
import { benchDocumentView } from './document-view';
import { benchMatrix } from './matrix';
import { benchMerge } from './merge';
import { benchNetwork } from './network';
import { benchPdfImport } from './pdf-import';
import { benchRetrieval } from './retrieval';

const suites: [string, () => Promise<BenchResult[]>][] = [
  ['PDF import (400-page two-column PDF)', benchPdfImport],
  ['Project queries (1,000 documents, 100,000 codings)', benchDbQueries],
  ['Document view in Chromium (1,000,000 characters, 10,000 codings)', benchDocumentView],
  ['Retrieval (1,000 documents, 100,000 codings)', benchRetrieval],
  ['Matrix display (1,000 documents × 50 codes, 100,000 codings)', benchMatrix],
  ['Co-occurrence and network (50 codes, 100,000 codings)', benchNetwork],
  ['Merge (1,000 documents × 2 coders × 50,000 codings each)', benchMerge],
  ['Intercoder agreement (1,000 documents × 2 coders × 50,000 codings each)', benchAgreement],
];

// `npm run bench -- <word>` runs only the suites whose title contains the word.
const only = process.argv.slice(2).map((a) => a.toLowerCase());
const chosen = suites.filter(
  ([title]) => only.length === 0 || only.some((word) => title.toLowerCase().includes(word)),
);

const format = (n: number | undefined): string => (n === undefined ? '' : n.toFixed(2));

for (const [title, run] of chosen) {
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
