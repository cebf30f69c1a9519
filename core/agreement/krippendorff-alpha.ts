import { computed, notComputable, type Coefficient } from './coefficient';

/** Krippendorff's levels of measurement, each with its own difference function. */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * One unit of reliability data: how many coders gave each value, and how many identical units it
 * stands for (a run of characters with the same coding is one weighted unit).
 */
export interface ValueCounts {
  counts: ReadonlyMap<number, number>;
  weight: number;
}

/**
 * Krippendorff's α over units of values (values are numbers: category indexes for nominal data,
 * ranks or magnitudes otherwise). Units with fewer than two values are unpairable and ignored,
 * which is how α handles missing data. See Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", sections C and E.
 */
export function krippendorffAlpha(
  units: Iterable<ValueCounts>,
  level: MeasurementLevel,
): Coefficient {
  const coincidences = new Map<number, Map<number, number>>();
  const add = (c: number, k: number, o: number): void => {
    const row = coincidences.get(c) ?? new Map<number, number>();
    coincidences.set(c, row);
    row.set(k, (row.get(k) ?? 0) + o);
  };
  for (const unit of units) {
    let m = 0;
    for (const n of unit.counts.values()) m += n;
    if (m < 2 || unit.weight === 0) continue;
    for (const [c, nc] of unit.counts) {
      for (const [k, nk] of unit.counts) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs > 0) add(c, k, (unit.weight * pairs) / (m - 1));
      }
    }
  }
  const values = [...coincidences.keys()].sort((a, b) => a - b);
  const marginals = new Map<number, number>();
  let n = 0;
  for (const c of values) {
    let nc = 0;
    for (const o of coincidences.get(c)?.values() ?? []) nc += o;
    marginals.set(c, nc);
    n += nc;
  }
  if (n < 2) return notComputable('no_pairable_units');
  const delta = differenceFunction(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (const c of values) {
    const nc = marginals.get(c) ?? 0;
    for (const k of values) {
      if (k === c) continue;
      const d = delta(c, k);
      observed += (coincidences.get(c)?.get(k) ?? 0) * d;
      expected += nc * (marginals.get(k) ?? 0) * d;
    }
  }
  if (expected === 0) return notComputable('no_variation');
  return computed(1 - ((n - 1) * observed) / expected);
}

/** The squared difference δ²(c, k) of a level; ordinal uses the pairable values' marginals. */
function differenceFunction(
  level: MeasurementLevel,
  values: number[],
  marginals: Map<number, number>,
): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (c - k) ** 2;
    case 'ratio':
      return (c, k) => (c + k === 0 ? 0 : ((c - k) / (c + k)) ** 2);
    case 'ordinal': {
      const rank = new Map(values.map((v, i) => [v, i]));
      const cumulative: number[] = [0];
      for (const v of values) cumulative.push((cumulative.at(-1) ?? 0) + (marginals.get(v) ?? 0));
      return (c, k) => {
        const [i, j] = [rank.get(c) ?? 0, rank.get(k) ?? 0].sort((a, b) => a - b) as [
          number,
          number,
        ];
        const between = (cumulative[j + 1] ?? 0) - (cumulative[i] ?? 0);
        const ends = ((marginals.get(c) ?? 0) + (marginals.get(k) ?? 0)) / 2;
        return (between - ends) ** 2;
      };
    }
  }
}
