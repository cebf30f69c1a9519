import { computed, notComputable, type Coefficient } from './coefficient';

/** A half-open range [start, end) of a continuum. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Unitizing data for one category: the continua (documents) by length, and for every coder and
 * continuum the units that coder marked, sorted and not overlapping.
 */
export interface UnitizedData {
  lengths: readonly number[];
  /** units[coder][continuum] */
  units: readonly (readonly (readonly Span[])[])[];
}

/** α_U with the observed and expected disagreements it is made of (they pool across categories). */
export interface UnitizedAlpha {
  alpha: Coefficient;
  observed: number;
  expected: number;
}

interface Section {
  start: number;
  end: number;
  marked: boolean;
}

/**
 * Krippendorff's unitizing α (α_U, 1995; the |uα of Content Analysis, 2004, sect. 12.4) for one
 * category on a continuum of characters: marked units are compared by how far their ends differ,
 * a unit one coder marked inside the other's gap counts its squared length; expected
 * disagreement considers every placement of the same units and gaps. Several continua (documents)
 * are sections of one, with gaps ending at their borders.
 */
export function unitizedAlpha(data: UnitizedData): UnitizedAlpha {
  const coders = data.units.length;
  const length = data.lengths.reduce((a, b) => a + b, 0);
  if (coders < 2 || length === 0) {
    return { alpha: notComputable('no_pairable_units'), observed: 0, expected: 0 };
  }
  const sections = data.units.map((perDoc) =>
    data.lengths.map((len, d) => toSections(perDoc[d] ?? [], len)),
  );
  const observed = observedDisagreement(sections, data.lengths.length, coders, length);
  const expected = expectedDisagreement(sections, coders, length);
  return { alpha: ratio(observed, expected), observed, expected };
}

/** 1 − Do/De, or not computable when no unit was marked at all. */
export function ratio(observed: number, expected: number): Coefficient {
  return expected === 0 ? notComputable('no_variation') : computed(1 - observed / expected);
}

function toSections(units: readonly Span[], length: number): Section[] {
  const out: Section[] = [];
  let pos = 0;
  for (const u of units) {
    if (u.start > pos) out.push({ start: pos, end: u.start, marked: false });
    out.push({ start: u.start, end: u.end, marked: true });
    pos = u.end;
  }
  if (pos < length) out.push({ start: pos, end: length, marked: false });
  return out;
}

function observedDisagreement(
  sections: Section[][][],
  continua: number,
  coders: number,
  length: number,
): number {
  let sum = 0;
  for (let a = 0; a < coders; a++) {
    for (let b = a + 1; b < coders; b++) {
      for (let d = 0; d < continua; d++) {
        sum += pairDisagreement(sections[a]?.[d] ?? [], sections[b]?.[d] ?? []);
      }
    }
  }
  return (2 * sum) / (coders * (coders - 1) * length * length);
}

/** Σ δ² over every overlapping pair of sections of two coders, walking both in step. */
function pairDisagreement(x: Section[], y: Section[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const s = x[i] as Section;
    const t = y[j] as Section;
    sum += distance(s, t);
    if (s.end < t.end) i += 1;
    else if (t.end < s.end) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return sum;
}

function distance(s: Section, t: Section): number {
  const overlap = s.start < t.end && t.start < s.end;
  if (!overlap) return 0;
  if (s.marked && t.marked) return (s.start - t.start) ** 2 + (s.end - t.end) ** 2;
  if (s.marked && !t.marked && t.start <= s.start && s.end <= t.end) return (s.end - s.start) ** 2;
  if (!s.marked && t.marked && s.start <= t.start && t.end <= s.end) return (t.end - t.start) ** 2;
  return 0;
}

function expectedDisagreement(sections: Section[][][], coders: number, length: number): number {
  const units: number[] = [];
  const gaps: number[] = [];
  for (const perDoc of sections) {
    for (const doc of perDoc) {
      for (const s of doc) (s.marked ? units : gaps).push(s.end - s.start);
    }
  }
  if (units.length === 0) return 0;
  gaps.sort((a, b) => a - b);
  // suffix[i] = Σ gaps[i..]; Σ_{g ≥ l} (g − l + 1) = suffix − count·(l − 1).
  const suffix = new Array<number>(gaps.length + 1).fill(0);
  for (let i = gaps.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] ?? 0) + (gaps[i] ?? 0);
  const n = units.length;
  let total = 0;
  let squaredLengths = 0;
  for (const l of units) {
    squaredLengths += l * (l - 1);
    const first = lowerBound(gaps, l);
    const fits = (suffix[first] ?? 0) - (gaps.length - first) * (l - 1);
    total += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * fits;
  }
  const rl = coders * length;
  return ((2 / length) * total) / (rl * (rl - 1) - squaredLengths);
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
