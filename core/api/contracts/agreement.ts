// Calls of the agreement feature, merged into the one contract in ../contract.ts.
import { z } from 'zod';
import { id, out } from '../contract-kit';
import type { ExportedFile } from '../exported-file';
import type { Disagreements } from '../../agreement/disagreements';
import type { TextAgreement } from '../../agreement/text-agreement';

const scope = {
  /** Two to eight coders, in the order results list them. */
  coderIds: z.array(id).min(2).max(8),
  /** All documents when empty or absent. */
  documentIds: z.array(id).optional(),
  /** Every code the coders applied when empty or absent. */
  codeIds: z.array(id).optional(),
  unit: z.enum(['character', 'sentence', 'paragraph', 'document']).default('character'),
  /** Leave out text no selected coder coded with any selected code. */
  excludeUncoded: z.boolean().default(false),
};

export const agreementContract = {
  /**
   * Intercoder agreement per code, per document and overall: percent agreement, Cohen's κ (two
   * coders), Fleiss' κ, Krippendorff's α and unitized α_U; the uα family on characters (|uα per
   * code, |uα and cuα per semantic domain, Cuα across domains); each null with a reason when
   * undefined.
   */
  'agreement.compute': { input: z.object(scope), output: out<TextAgreement>() },
  /** Passages where the coders did not code one code alike, with each coder's segments. */
  'agreement.disagreements': {
    input: z.object({
      ...scope,
      codeId: id,
      limit: z.number().int().positive().max(5000).optional(),
    }),
    output: out<Disagreements>(),
  },
  /** The results table (per code, overall, per document) as CSV. */
  'agreement.exportResults': { input: z.object(scope), output: out<ExportedFile>() },
  /** One code's units × coders reliability matrix (1 coded, 0 not) as CSV for R, or for ReCal. */
  'agreement.exportMatrix': {
    input: z.object({ ...scope, codeId: id, format: z.enum(['csv', 'recal']).default('csv') }),
    output: out<ExportedFile>(),
  },
} as const;
