import { computed, notComputable, type Coefficient } from './coefficient';

/** Disagreement weights of Cohen's κ: none (all disagreements equal), |i−j| or (i−j)². */
export type KappaWeights = 'none' | 'linear' | 'quadratic';

/**
 * Cohen's (weighted) κ from a square contingency table of two coders (rows: coder A's category,
 * columns: coder B's, categories in their order for weighted κ): 1 − Σ w·observed / Σ w·expected.
 */
export function cohenKappa(
  table: readonly (readonly number[])[],
  weights: KappaWeights = 'none',
): Coefficient {
  const k = table.length;
  const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
  const cols = Array.from({ length: k }, (_, j) => table.reduce((a, r) => a + (r[j] ?? 0), 0));
  const n = rows.reduce((a, b) => a + b, 0);
  if (n === 0) return notComputable('no_pairable_units');
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w =
        weights === 'none'
          ? i === j
            ? 0
            : 1
          : weights === 'linear'
            ? Math.abs(i - j)
            : (i - j) ** 2;
      observed += w * (table[i]?.[j] ?? 0);
      expected += (w * (rows[i] ?? 0) * (cols[j] ?? 0)) / n;
    }
  }
  if (expected === 0) return notComputable('no_variation');
  return computed(1 - observed / expected);
}
