import { describe, expect, it } from 'vitest';
import { unitizedAlpha, type Span } from '../../../../core/agreement/unitized-alpha';

const span = (offset: number, length: number, stretch = 1): Span => ({
  start: offset * stretch,
  end: (offset + length) * stretch,
});

describe('unitizedAlpha', () => {
  /**
   * Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology (2nd ed.),
   * p. 254: two observers unitize a continuum from 150 to 450 with categories c and k. Printed:
   * D_o(c) = .0144, D_e(c) = .0532, α_c = .7286; α_k = 1; α over both = .8591. (Offsets here
   * start at 0, i.e. shifted by −150; the figures do not depend on where the continuum begins.)
   */
  const c = unitizedAlpha({
    lengths: [300],
    units: [[[span(75, 70), span(220, 30)]], [[span(70, 80), span(205, 20), span(250, 20)]]],
  });
  const k = unitizedAlpha({
    lengths: [300],
    units: [[[span(30, 60), span(150, 50)]], [[span(30, 60), span(150, 50)]]],
  });

  it('matches Krippendorff’s (2004) category c to four decimals', () => {
    expect(c.observed.toFixed(4)).toBe('0.0144');
    expect(c.expected.toFixed(4)).toBe('0.0532');
    expect(c.alpha.value?.toFixed(4)).toBe('0.7286');
  });

  it('gives 1 for category k, which both observers unitized identically', () => {
    expect(k.observed).toBe(0);
    expect(k.expected.toFixed(4)).toBe('0.0490');
    expect(k.alpha.value).toBe(1);
  });

  it('pools categories as Σ D_o / Σ D_e: .8591 over c and k', () => {
    // The book divides its rounded figures (1 − .0144 / (.0532 + .0490) = .8591); unrounded
    // ones give .8587, within the printed precision of the parts.
    const pooled = 1 - (c.observed + k.observed) / (c.expected + k.expected);
    expect(Math.abs(pooled - 0.8591)).toBeLessThan(0.0005);
  });

  /**
   * Krippendorff, K. (1995). On the reliability of unitizing continuous data. Sociological
   * Methodology 25, 47–76, p. 57: four pairs of observers on a 24-unit continuum. Printed
   * observed disagreements A .03125, B 2.26736, C .02777, D .38715 (as also reproduced by
   * DKPro Statistics' Krippendorff1995Test).
   */
  const example1995 = (stretch: number) => ({
    A: [
      [span(2, 8, stretch), span(14, 6, stretch)],
      [span(4, 4, stretch), span(15, 2, stretch)],
    ],
    B: [
      [span(0, 18, stretch)],
      [0, 2, 3, 4, 5]
        .map((o) => span(o, o === 0 ? 2 : 1, stretch))
        .concat([span(6, 3, stretch), span(9, 1, stretch)]),
    ],
    C: [
      [span(2, 6, stretch), span(10, 2, stretch), span(14, 4, stretch), span(20, 2, stretch)],
      [
        span(0, 2, stretch),
        span(4, 4, stretch),
        span(10, 4, stretch),
        span(16, 2, stretch),
        span(20, 2, stretch),
      ],
    ],
    D: [
      [
        span(0, 2, stretch),
        span(2, 8, stretch),
        span(10, 4, stretch),
        span(14, 6, stretch),
        span(20, 4, stretch),
      ],
      [
        span(0, 4, stretch),
        span(4, 4, stretch),
        span(8, 7, stretch),
        span(15, 2, stretch),
        span(17, 7, stretch),
      ],
    ],
  });

  it('matches Krippendorff’s (1995) observed disagreements to five decimals', () => {
    const data = example1995(1);
    const observed = (units: Span[][]) =>
      unitizedAlpha({ lengths: [24], units: units.map((u) => [u]) }).observed.toFixed(5);
    expect(observed(data.A)).toBe('0.03125');
    expect(observed(data.B)).toBe('2.26736');
    expect(observed(data.C)).toBe('0.02778'); // 1/36, printed truncated as .02777
    expect(observed(data.D)).toBe('0.38715');
  });

  it('approaches Krippendorff’s (1995) printed α for fine-grained continua', () => {
    // The paper's α (A .553, C .679) are limits for continua cut into ever more points; its
    // expected disagreement has a known slip (l + l' + 1 for l − l' + 1, corrected in the 2004
    // book), so like DKPro's test we hold α to ±.02.
    const data = example1995(50_000);
    const alpha = (units: Span[][]) =>
      unitizedAlpha({ lengths: [24 * 50_000], units: units.map((u) => [u]) }).alpha.value ?? NaN;
    expect(Math.abs(alpha(data.A) - 0.553)).toBeLessThan(0.02);
    expect(Math.abs(alpha(data.C) - 0.679)).toBeLessThan(0.02);
  });

  it('is not computable when nobody marked anything', () => {
    expect(unitizedAlpha({ lengths: [10], units: [[[]], [[]]] }).alpha).toEqual({
      value: null,
      reason: 'no_variation',
    });
  });

  it('keeps gaps within their document when there are several', () => {
    const one = unitizedAlpha({ lengths: [20], units: [[[span(2, 3)]], [[span(2, 4)]]] });
    const two = unitizedAlpha({
      lengths: [20, 20],
      units: [
        [[span(2, 3)], []],
        [[span(2, 4)], []],
      ],
    });
    expect(two.observed).toBeCloseTo(one.observed / 4, 12);
    expect(two.alpha.value).not.toBeNull();
  });
});
