import { computed, notComputable, type Coefficient } from './coefficient';
import { cohenKappa } from './cohen-kappa';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlpha, type ValueCounts } from './krippendorff-alpha';
import type { PatternCounts } from './pattern-counts';

/** Agreement on whether a code applies, over units counted by coding pattern. */
export interface PatternAgreement {
  /** Units compared. */
  units: number;
  /** Units every coder coded alike (all or none applied the code). */
  agreedUnits: number;
  /** Units each coder coded, in coder order. */
  codedUnits: number[];
  percentAgreement: Coefficient;
  /** Two coders only. */
  cohenKappa: Coefficient;
  fleissKappa: Coefficient;
  /** Krippendorff's α, nominal (coded / not coded). */
  alpha: Coefficient;
}

/** Percent agreement, Cohen's κ, Fleiss' κ and nominal α of binary (coded or not) data. */
export function patternAgreement(counts: PatternCounts, coders: number): PatternAgreement {
  const full = 2 ** coders - 1;
  const units = counts.reduce((a, b) => a + b, 0);
  const agreedUnits = (counts[0] ?? 0) + (counts[full] ?? 0);
  const codedUnits = Array.from({ length: coders }, (_, i) =>
    counts.reduce((a, n, mask) => a + (mask & (1 << i) ? n : 0), 0),
  );
  const byPresent = new Array<number>(coders + 1).fill(0);
  counts.forEach((n, mask) => {
    const k = popcount(mask);
    byPresent[k] = (byPresent[k] ?? 0) + n;
  });
  const valueCounts: ValueCounts[] = byPresent.map((weight, k) => ({
    counts: new Map([
      [0, coders - k],
      [1, k],
    ]),
    weight,
  }));
  return {
    units,
    agreedUnits,
    codedUnits,
    percentAgreement:
      units === 0 ? notComputable('no_pairable_units') : computed(agreedUnits / units),
    cohenKappa:
      coders === 2
        ? cohenKappa([
            [counts[0] ?? 0, counts[2] ?? 0],
            [counts[1] ?? 0, counts[3] ?? 0],
          ])
        : notComputable('two_coders_only'),
    fleissKappa: fleissKappa(
      byPresent.map((_, k) => [coders - k, k]),
      byPresent,
    ),
    alpha: krippendorffAlpha(valueCounts, 'nominal'),
  };
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n += 1;
  return n;
}
