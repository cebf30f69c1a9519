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
