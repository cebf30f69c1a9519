import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../../../../core/agreement/cohen-kappa';
import { fleissCategoryKappas, fleissKappa } from '../../../../core/agreement/fleiss-kappa';
import { matrixAgreement } from '../../../../core/agreement/reliability-matrix';

const x = null;

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 * Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43,
 * section E ("Multiple-valued data with missing values"): 4 observers × 12 units; printed
 * α = 0.743 (nominal), 0.815 (ordinal), 0.849 (interval), 0.797 (ratio).
 */
const krippendorffE = {
  coders: ['A', 'B', 'C', 'D'],
  units: [
    ['1', '1', x, '1'],
    ['2', '2', '3', '2'],
    ['3', '3', '3', '3'],
    ['3', '3', '3', '3'],
    ['2', '2', '2', '2'],
    ['1', '2', '3', '4'],
    ['4', '4', '4', '4'],
    ['1', '1', '2', '1'],
    ['2', '2', '2', '2'],
    [x, '5', '5', '5'],
    [x, x, '1', '1'],
    [x, '3', x, x],
  ],
};

describe('matrixAgreement', () => {
  it('matches Krippendorff (2011) section E at every level of measurement', () => {
    const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
    expect(round(matrixAgreement(krippendorffE, 'nominal').alpha.value)).toBe(0.743);
    expect(round(matrixAgreement(krippendorffE, 'ordinal').alpha.value)).toBe(0.815);
    expect(round(matrixAgreement(krippendorffE, 'interval').alpha.value)).toBe(0.849);
    expect(round(matrixAgreement(krippendorffE, 'ratio').alpha.value)).toBe(0.797);
  });

  it('counts the pairable units and values α rests on, leaving the single-value unit out', () => {
    const result = matrixAgreement(krippendorffE, 'nominal');
    expect(result.pairableUnits).toBe(11);
    expect(result.pairableValues).toBe(40);
    expect(result.fleissKappa).toEqual({ value: null, reason: 'missing_values' });
    expect(result.cohenKappa).toEqual({ value: null, reason: 'two_coders_only' });
  });

  it('matches Krippendorff (2011) section A, binary data of two observers: α = 0.095', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const units = a.map((v, i) => [String(v), String(b[i])]);
    const result = matrixAgreement({ coders: ['A', 'B'], units }, 'nominal');
    expect(result.alpha.value?.toFixed(3)).toBe('0.095');
    expect(result.percentAgreement.value).toBe(0.6);
  });

  it('says α is not computable when every value is the same', () => {
    const units = [
      ['1', '1'],
      ['1', '1'],
    ];
    expect(matrixAgreement({ coders: ['A', 'B'], units }, 'nominal').alpha).toEqual({
      value: null,
      reason: 'no_variation',
    });
  });
});

describe('cohenKappa', () => {
  /** scikit-learn, sklearn/metrics/tests/test_classification.py, test_cohen_kappa (κ = 0.348). */
  it('matches scikit-learn’s two-category example to 3 decimals', () => {
    // y1 = [0]*40 + [1]*60; y2 = [0]*20 + [1]*20 + [0]*10 + [1]*50
    expect(
      cohenKappa([
        [20, 20],
        [10, 50],
      ]).value?.toFixed(3),
    ).toBe('0.348');
  });

  /** The same test: Artstein & Poesio (2008), Table 4, κ = 0.8013 to 4 decimals. */
  it('matches Artstein & Poesio’s three-category example', () => {
    // y1 = [0]*46 + [1]*44 + [2]*10; y2 = [0]*52 + [1]*32 + [2]*16
    expect(
      cohenKappa([
        [46, 0, 0],
        [6, 32, 6],
        [0, 0, 10],
      ]).value?.toFixed(4),
    ).toBe('0.8013');
  });

  /** The same test: unweighted 0.9315, linear 0.9412, quadratic 0.9541 to 4 decimals. */
  it('matches scikit-learn’s weighted κ examples', () => {
    // y1 = [0]*46 + [1]*44 + [2]*10; y2 = [0]*50 + [1]*40 + [2]*10
    const table = [
      [46, 0, 0],
      [4, 40, 0],
      [0, 0, 10],
    ];
    expect(cohenKappa(table).value?.toFixed(4)).toBe('0.9315');
    expect(cohenKappa(table, 'linear').value?.toFixed(4)).toBe('0.9412');
    expect(cohenKappa(table, 'quadratic').value?.toFixed(4)).toBe('0.9541');
  });
});

describe('fleissKappa', () => {
  /** Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories, κ = 0.210. */
  it('matches the Wikipedia worked example', () => {
    const rows = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(rows).value?.toFixed(3)).toBe('0.210');
  });

  /**
   * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
   * Bulletin 76(5), 378–382, Table 1: 30 patients, 6 psychiatrists, 5 diagnoses (1 depression,
   * 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other); each row counts how many
   * psychiatrists gave each diagnosis. The same data ship as `diagnoses` in R's irr package
   * (kappam.fleiss(diagnoses) = 0.43). Printed: κ = .430; p_j = .144, .144, .167, .306, .239;
   * κ_j = .245, .245, .520, .471, .566.
   */
  const fleiss1971 = [
    [0, 0, 0, 6, 0],
    [0, 3, 0, 0, 3],
    [0, 1, 4, 0, 1],
    [0, 0, 0, 0, 6],
    [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0],
    [0, 0, 4, 0, 2],
    [2, 0, 3, 1, 0],
    [2, 0, 0, 4, 0],
    [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0],
    [1, 1, 0, 4, 0],
    [0, 3, 3, 0, 0],
    [1, 0, 0, 5, 0],
    [0, 2, 0, 3, 1],
    [0, 0, 5, 0, 1],
    [3, 0, 0, 1, 2],
    [5, 1, 0, 0, 0],
    [0, 2, 0, 4, 0],
    [1, 0, 2, 0, 3],
    [0, 0, 0, 0, 6],
    [0, 1, 0, 5, 0],
    [0, 2, 0, 1, 3],
    [2, 0, 0, 4, 0],
    [1, 0, 0, 4, 1],
    [0, 5, 0, 1, 0],
    [4, 0, 0, 0, 2],
    [0, 2, 0, 4, 0],
    [1, 0, 5, 0, 0],
    [0, 0, 0, 0, 6],
  ];

  it('matches Fleiss’ (1971) own example: κ = .430', () => {
    expect(fleissKappa(fleiss1971).value?.toFixed(3)).toBe('0.430');
  });

  it('matches Fleiss’ (1971) per-diagnosis p_j and κ_j to three decimals', () => {
    const categories = fleissCategoryKappas(fleiss1971);
    expect(categories.map((c) => c.share.toFixed(3))).toEqual([
      '0.144',
      '0.144',
      '0.167',
      '0.306',
      '0.239',
    ]);
    expect(categories.map((c) => c.kappa.value?.toFixed(3))).toEqual([
      '0.245',
      '0.245',
      '0.520',
      '0.471',
      '0.566',
    ]);
  });

  it('says κ_j is not computable for a category nobody used', () => {
    expect(
      fleissCategoryKappas([
        [2, 0],
        [1, 1],
      ])[0]?.kappa.value,
    ).not.toBeNull();
    expect(
      fleissCategoryKappas([
        [2, 0],
        [2, 0],
      ])[1]?.kappa,
    ).toEqual({
      value: null,
      reason: 'no_variation',
    });
  });

  it('says κ is not computable when subjects have different numbers of raters', () => {
    expect(
      fleissKappa([
        [2, 0],
        [1, 0],
      ]).reason,
    ).toBe('missing_values');
  });
});
