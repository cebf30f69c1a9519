// Intercoder agreement timings: 1,000 documents, 2 coders with 50,000 codings each, 20 codes.
import { listDisagreements } from '../core/agreement/disagreements';
import { loadAgreementData } from '../core/agreement/load-agreement-data';
import { textAgreement } from '../core/agreement/text-agreement';
import type { BenchResult } from './bench-result';
import { measureAgainst, timeRuns } from './bench-kit';
import { withBenchProject } from './bench-project';

const RUNS = 5;

/**
 * Two coders over the same documents of 6–11 paragraphs of sentences and 20 flat codes: the
 * second keeps most of the first's codings with shifted boundaries, changes the code of some
 * and adds others, as a second coder of a codebook would.
 */
const AGREEMENT_PROJECT = {
  seed: 7,
  text: { paragraphs: [6, 12], sentences: [4, 8], words: [8, 20] },
  pages: false,
  searchIndex: false,
  codes: 20,
  codeRoots: 0,
  coders: [{ id: 'coder-a' }, { id: 'coder-b' }],
  codingsPerCoder: 50_000,
  secondCode: 0,
  segmentLength: [20, 270],
  quotes: false,
  paired: { same: 0.7, recode: 0.15, shift: 15 },
} as const;

/** Times agreement per code at each unit, against loading the same codings (the baseline). */
export function benchAgreement(): Promise<BenchResult[]> {
  return withBenchProject(AGREEMENT_PROJECT, (ctx): BenchResult[] => {
    const scope = { coderIds: ['coder-a', 'coder-b'], excludeUncoded: false };
    const baseline = timeRuns(RUNS, () =>
      loadAgreementData(ctx, { ...scope, unit: 'character' }),
    ).median;
    const measure = measureAgainst(RUNS, baseline);
    return [
      { name: 'agreement: load 100,000 codings (baseline)', unit: 'ms', median: baseline },
      measure(
        'agreement per code, character units + αU',
        () => textAgreement(ctx, { ...scope, unit: 'character' }),
        '< 3× the load',
      ),
      measure(
        'agreement per code, sentence units',
        () => textAgreement(ctx, { ...scope, unit: 'sentence' }),
        '< 3× the load',
      ),
      measure(
        'agreement per code, paragraph units, uncoded left out',
        () => textAgreement(ctx, { ...scope, unit: 'paragraph', excludeUncoded: true }),
        '< 3× the load',
      ),
      measure(
        'disagreements of one code (character units)',
        () => listDisagreements(ctx, { ...scope, unit: 'character', codeId: 'code-3' }),
        '< 1.5× the load',
      ),
    ];
  });
}
