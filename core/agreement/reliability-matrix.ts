import { TelaahError } from '../errors';
import { computed, notComputable, type Coefficient } from './coefficient';
import { cohenKappa } from './cohen-kappa';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlpha, type MeasurementLevel, type ValueCounts } from './krippendorff-alpha';

/** Reliability data: one row per unit, one column per coder; null is a missing value. */
export interface ReliabilityMatrix {
  coders: string[];
  units: (string | null)[][];
}

/** Every coefficient that applies to a reliability matrix, with the counts it rests on. */
export interface MatrixAgreement {
  coders: number;
  units: number;
  /** Units with at least two values: the ones agreement can be measured on. */
  pairableUnits: number;
  /** Values in pairable units (Krippendorff's n). */
  pairableValues: number;
  percentAgreement: Coefficient;
  cohenKappa: Coefficient;
  cohenKappaLinear: Coefficient;
  cohenKappaQuadratic: Coefficient;
  fleissKappa: Coefficient;
  alpha: Coefficient;
}

/** Computes percent agreement, Cohen's κ (two coders), Fleiss' κ and α at `level`. */
export function matrixAgreement(
  matrix: ReliabilityMatrix,
  level: MeasurementLevel,
): MatrixAgreement {
  const { categories, index } = categoriesOf(matrix, level);
  const units: ValueCounts[] = [];
  const fleissRows: number[][] = [];
  let complete = true;
  let agreed = 0;
  let pairable = 0;
  let values = 0;
  for (const row of matrix.units) {
    const present = row.filter((v): v is string => v !== null);
    if (present.length < matrix.coders.length) complete = false;
    const counts = new Map<number, number>();
    for (const v of present) {
      const c = index(v);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    units.push({ counts, weight: 1 });
    fleissRows.push(categories.map((c) => counts.get(c) ?? 0));
    if (present.length >= 2) {
      pairable += 1;
      values += present.length;
      if (counts.size === 1) agreed += 1;
    }
  }
  const twoCoders = matrix.coders.length === 2;
  const table = twoCoders ? contingency(matrix, categories, index) : null;
  const kappa = (w: 'none' | 'linear' | 'quadratic'): Coefficient =>
    table === null ? notComputable('two_coders_only') : cohenKappa(table, w);
  return {
    coders: matrix.coders.length,
    units: matrix.units.length,
    pairableUnits: pairable,
    pairableValues: values,
    percentAgreement:
      pairable === 0 ? notComputable('no_pairable_units') : computed(agreed / pairable),
    cohenKappa: kappa('none'),
    cohenKappaLinear: level === 'nominal' ? notComputable('unordered_categories') : kappa('linear'),
    cohenKappaQuadratic:
      level === 'nominal' ? notComputable('unordered_categories') : kappa('quadratic'),
    fleissKappa: complete ? fleissKappa(fleissRows) : notComputable('missing_values'),
    alpha: krippendorffAlpha(units, level),
  };
}

/** Categories in order (numeric order for ordered levels) and a value → number mapping. */
function categoriesOf(
  matrix: ReliabilityMatrix,
  level: MeasurementLevel,
): { categories: number[]; index: (v: string) => number } {
  const distinct = [...new Set(matrix.units.flat().filter((v): v is string => v !== null))];
  if (level === 'nominal') {
    const ids = new Map(distinct.map((v, i) => [v, i]));
    return { categories: distinct.map((_, i) => i), index: (v) => ids.get(v) ?? -1 };
  }
  for (const v of distinct) {
    if (!Number.isFinite(Number(v)) || v.trim() === '') {
      throw new TelaahError(
        'invalid_input',
        `“${v}” is not a number; ${level} data must be numbers.`,
        {
          detail: v,
        },
      );
    }
  }
  const categories = [...new Set(distinct.map(Number))].sort((a, b) => a - b);
  return { categories, index: Number };
}

/** The two coders' contingency table over units both coded. */
function contingency(
  matrix: ReliabilityMatrix,
  categories: number[],
  index: (v: string) => number,
): number[][] {
  const position = new Map(categories.map((c, i) => [c, i]));
  const table = categories.map(() => categories.map(() => 0));
  for (const [a, b] of matrix.units) {
    if (a === null || a === undefined || b === null || b === undefined) continue;
    const row = table[position.get(index(a)) ?? -1];
    const j = position.get(index(b)) ?? -1;
    if (row !== undefined && j >= 0) row[j] = (row[j] ?? 0) + 1;
  }
  return table;
}
