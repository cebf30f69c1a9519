// Calls of the merge feature, merged into the one contract in ../contract.ts.
import { z } from 'zod';
import { out } from '../contract-kit';
import type { MergeReport } from '../../merge/merge-report';

const mergeInput = z.object({
  /** Project files to merge into the open project, in order. */
  files: z.array(z.string().trim().min(1)).min(1),
  /** A choice per conflict key, as listed by `merge.preview`. */
  choices: z.record(z.string(), z.enum(['ours', 'theirs', 'both'])).optional(),
  /** The choice for every conflict not named in `choices` (default `ours`). */
  prefer: z.enum(['ours', 'theirs']).optional(),
});

export const mergeContract = {
  /** What merging would add, the conflicts to settle and what could not be placed; writes nothing. */
  'merge.preview': { input: mergeInput, output: out<MergeReport>() },
  /** Merges the files into the open project as one undoable change; the report of what it did. */
  'merge.apply': { input: mergeInput, output: out<MergeReport>() },
} as const;
