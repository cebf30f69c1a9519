import { describe, expect, it } from 'vitest';
import {
  binaryUnitizedAlpha,
  codingUnitizedAlpha,
  toValuedUnits,
  type ValuedSpan,
} from '../../../../core/agreement/unitizing-family';
import type { Span } from '../../../../core/agreement/unitized-alpha';

const span = (start: number, end: number): Span => ({ start, end });
const valued = (start: number, end: number, value: string): ValuedSpan => ({ start, end, value });

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section A (binary data,
 * two observers, ten units): printed α = 0.095.
 *
 * The definitions of |uα and cuα are those of Krippendorff, Mathet, Bouvry & Widlöcher (2016),
 * "On the reliability of unitizing textual continua: Further developments", Quality & Quantity
 * 50, and Krippendorff (2019), Content Analysis (4th ed.), sect. 12.6, which ATLAS.ti reports as
 * α-binary, cu-α and Cu-α. We could not find a worked example of the 2016 coefficients with
 * printed figures in the sources available to us, so they are held to (a) the published α they
 * must reduce to when every coder cuts the same units, and (b) cases computed on paper, with the
 * arithmetic written next to them.
 */
const observerA = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
const observerB = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];

describe('binaryUnitizedAlpha', () => {
  it('reduces to Krippendorff’s (2011) binary α = 0.095 when every unit is one character', () => {
    // Units of length 1 are as divisible as gaps, so |uα is α over the ten characters.
    const units = (values: number[]) => values.flatMap((v, i) => (v === 1 ? [span(i, i + 1)] : []));
    const alpha = binaryUnitizedAlpha({
      ranges: [[span(0, 10)]],
      units: [[units(observerA)], [units(observerB)]],
    });
    expect(alpha.value?.toFixed(3)).toBe('0.095');
  });

  it('is 1 when both coders mark the same stretch', () => {
    const alpha = binaryUnitizedAlpha({
      ranges: [[span(0, 10)]],
      units: [[[span(0, 5)]], [[span(0, 5)]]],
    });
    expect(alpha.value).toBe(1);
  });

  it('is −0.2 when one coder marks five of ten characters and the other nothing', () => {
    // ℓ(unit, gap) = 5; n_unit = 5, n_gap = 15, n.. = 20; self-pairs = 5² + 15 = 40.
    // α = 1 − 5 · (20 − 40/20) / (5 · 15) = 1 − 90/75 = −0.2.
    const alpha = binaryUnitizedAlpha({
      ranges: [[span(0, 10)]],
      units: [[[span(0, 5)]], [[]]],
    });
    expect(alpha.value).toBeCloseTo(-0.2, 12);
  });

  it('divides the disagreements by m − 1 for three coders: 37/120', () => {
    // A and B mark [0, 5), C nothing, on 10 characters. ℓ(unit, gap) = 5 · 2 · 1 / 2 = 5;
    // n_unit = 10, n_gap = 20, n.. = 30; self-pairs = 25 + 25 + 20 = 70.
    // α = 1 − 5 · (30 − 70/30) / (10 · 20) = 1 − 83/120 = 37/120.
    const alpha = binaryUnitizedAlpha({
      ranges: [[span(0, 10)]],
      units: [[[span(0, 5)]], [[span(0, 5)]], [[]]],
    });
    expect(alpha.value).toBeCloseTo(37 / 120, 12);
  });

  it('counts only the ranges given, so uncoded text can be left out', () => {
    // Leaving out [10, 100), which nobody marked: the same as a continuum of 10.
    const cut = binaryUnitizedAlpha({
      ranges: [[span(0, 10)]],
      units: [[[span(0, 5)]], [[span(0, 6)]]],
    });
    const whole = binaryUnitizedAlpha({
      ranges: [[span(0, 100)]],
      units: [[[span(0, 5)]], [[span(0, 6)]]],
    });
    expect(whole.value).toBeGreaterThan(cut.value ?? 1);
  });

  it('is not computable when nobody marked anything, or everything', () => {
    expect(binaryUnitizedAlpha({ ranges: [[span(0, 10)]], units: [[[]], [[]]] })).toEqual({
      value: null,
      reason: 'no_variation',
    });
    expect(
      binaryUnitizedAlpha({ ranges: [[span(0, 4)]], units: [[[span(0, 4)]], [[span(0, 4)]]] })
        .reason,
    ).toBe('no_variation');
    expect(binaryUnitizedAlpha({ ranges: [[]], units: [[[]], [[]]] }).reason).toBe(
      'no_pairable_units',
    );
  });
});

describe('codingUnitizedAlpha', () => {
  it('reduces to Krippendorff’s (2011) α = 0.095 when both coders cut the same units', () => {
    // The ten units are seven characters long and coded by both, with category "0" or "1".
    const units = (values: number[]) => values.map((v, i) => valued(7 * i, 7 * i + 7, String(v)));
    const alpha = codingUnitizedAlpha({ units: [[units(observerA)], [units(observerB)]] });
    expect(alpha.value?.toFixed(3)).toBe('0.095');
  });

  it('is 1/6 when one coder splits what the other coded as one unit', () => {
    // A: c [0, 10), k [10, 20); B: c [0, 20). ℓ_cc = 20, ℓ_ck = ℓ_kc = 10; n_c = 30, n_k = 10,
    // n.. = 40; self-pairs (pairable lengths²) = 10² + 10² + 20² = 600, so n.. − 600/40 = 25.
    // Σ_{c≠k} ε = (40² − 30² − 10²) / 25 = 24; α = 1 − 20/24 = 1/6.
    const alpha = codingUnitizedAlpha({
      units: [[[valued(0, 10, 'c'), valued(10, 20, 'k')]], [[valued(0, 20, 'c')]]],
    });
    expect(alpha.value).toBeCloseTo(1 / 6, 12);
  });

  it('ignores text only one coder coded', () => {
    const alone = codingUnitizedAlpha({
      units: [
        [[valued(0, 10, 'c'), valued(10, 20, 'k'), valued(50, 90, 'k')]],
        [[valued(0, 20, 'c')]],
      ],
    });
    expect(alone.value).toBeCloseTo(1 / 6, 12);
  });

  it('is not computable with one category or no text coded by both', () => {
    expect(
      codingUnitizedAlpha({ units: [[[valued(0, 10, 'c')]], [[valued(2, 8, 'c')]]] }).reason,
    ).toBe('no_variation');
    expect(
      codingUnitizedAlpha({ units: [[[valued(0, 10, 'c')]], [[valued(20, 30, 'k')]]] }).reason,
    ).toBe('no_pairable_units');
  });
});

describe('toValuedUnits', () => {
  it('merges overlaps of one value and makes a double coding a category of its own', () => {
    expect(
      toValuedUnits([
        valued(0, 10, 'c'),
        valued(3, 6, 'k'),
        valued(10, 12, 'c'),
        valued(11, 14, 'c'),
      ]),
    ).toEqual([valued(0, 3, 'c'), valued(3, 6, 'c+k'), valued(6, 10, 'c'), valued(10, 14, 'c')]);
  });
});
