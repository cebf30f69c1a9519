import { computed, notComputable, type Coefficient } from './coefficient';

/**
 * Fleiss' κ from subjects × categories counts (how many raters put each subject in each
 * category), every subject rated by the same number of raters; `weights` repeats a row.
 * Fleiss (1971), "Measuring nominal scale agreement among many raters", eqs. 2–9.
 */
export function fleissKappa(
  rows: readonly (readonly number[])[],
  weights?: readonly number[],
): Coefficient {
  let raters = -1;
  let subjects = 0;
  let agreement = 0;
  const totals: number[] = [];
  for (const [i, row] of rows.entries()) {
    const w = weights?.[i] ?? 1;
    if (w === 0) continue;
    const n = row.reduce((a, b) => a + b, 0);
    if (raters === -1) raters = n;
    if (n !== raters) return notComputable('missing_values');
    subjects += w;
    let squares = 0;
    row.forEach((c, j) => {
      squares += c * c;
      totals[j] = (totals[j] ?? 0) + w * c;
    });
    if (n > 1) agreement += (w * (squares - n)) / (n * (n - 1));
  }
  if (subjects === 0 || raters < 2) return notComputable('no_pairable_units');
  const meanAgreement = agreement / subjects;
  let chance = 0;
  for (const t of totals) chance += (t / (subjects * raters)) ** 2;
  if (chance === 1) return notComputable('no_variation');
  return computed((meanAgreement - chance) / (1 - chance));
}

/** One category's share of all ratings (p_j) and its own κ_j. */
export interface FleissCategory {
  share: number;
  kappa: Coefficient;
}

/**
 * Fleiss' (1971) per-category agreement, eq. 10: κ_j = 1 − Σ_i x_ij (n − x_ij) / (N n (n − 1)
 * p_j q_j), from subjects × categories counts with the same number of raters n per subject.
 */
export function fleissCategoryKappas(rows: readonly (readonly number[])[]): FleissCategory[] {
  const raters = rows[0]?.reduce((a, b) => a + b, 0) ?? 0;
  const categories = rows.reduce((a, r) => Math.max(a, r.length), 0);
  const uneven = rows.some((r) => r.reduce((a, b) => a + b, 0) !== raters);
  return Array.from({ length: categories }, (_, j): FleissCategory => {
    let total = 0;
    let disagreement = 0;
    for (const row of rows) {
      const x = row[j] ?? 0;
      total += x;
      disagreement += x * (raters - x);
    }
    const share = rows.length * raters === 0 ? 0 : total / (rows.length * raters);
    if (uneven) return { share, kappa: notComputable('missing_values') };
    if (raters < 2) return { share, kappa: notComputable('no_pairable_units') };
    const chance = rows.length * raters * (raters - 1) * share * (1 - share);
    if (chance === 0) return { share, kappa: notComputable('no_variation') };
    return { share, kappa: computed(1 - disagreement / chance) };
  });
}
