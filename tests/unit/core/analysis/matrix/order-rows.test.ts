import { describe, expect, it } from 'vitest';
import {
  orderRows,
  tertileBand,
  tertileCuts,
  thresholdBand,
} from '../../../../../core/analysis/matrix/order-rows';
import { unionLength } from '../../../../../core/analysis/matrix/union-length';

describe('orderRows', () => {
  it('orders numbers numerically, missing values last, ties by label', () => {
    expect(orderRows(['c', 'a', 'b', 'd'], [10, 2, null, 2], 'asc')).toEqual([1, 3, 0, 2]);
    expect(orderRows(['c', 'a', 'b', 'd'], [10, 2, null, 2], 'desc')).toEqual([0, 1, 3, 2]);
  });

  it('orders text with numbers inside in natural order', () => {
    expect(orderRows(['x', 'y', 'z'], ['wave 10', 'wave 2', 'wave 1'], 'asc')).toEqual([2, 1, 0]);
  });
});

describe('tertile bands', () => {
  it('splits distinct values into low, medium and high thirds', () => {
    const cuts = tertileCuts([1, 2, 3]);
    expect([1, 2, 3].map((v) => tertileBand(v, cuts))).toEqual(['low', 'medium', 'high']);
  });

  it('keeps equal values in one band and calls everything medium when nothing differs', () => {
    const cuts = tertileCuts([0, 0, 5]);
    expect([0, 0, 5].map((v) => tertileBand(v, cuts))).toEqual(['low', 'low', 'high']);
    expect(tertileCuts([4, 4, 4])).toBeNull();
    expect(tertileBand(4, null)).toBe('medium');
  });

  it('bands by user thresholds: high from, low below', () => {
    expect([0, 1, 2, 3].map((v) => thresholdBand(v, { low: 1, high: 3 }))).toEqual([
      'low',
      'medium',
      'medium',
      'high',
    ]);
  });
});

describe('unionLength', () => {
  it('counts overlapping and nested ranges once', () => {
    expect(
      unionLength([
        [0, 10],
        [6, 24],
        [30, 35],
        [31, 33],
      ]),
    ).toBe(29);
    expect(unionLength([])).toBe(0);
  });
});
