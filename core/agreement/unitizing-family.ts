import { computed, notComputable, type Coefficient } from './coefficient';
import { mergeSpans } from './text-units';
import type { Span } from './unitized-alpha';

/** A unit a coder marked on a continuum, with the category (value) it was given. */
export interface ValuedSpan extends Span {
  value: string;
}

/**
 * Binary unitizing data: for every coder and continuum (document) the units that coder marked,
 * sorted and not overlapping (units[coder][continuum]; touching units stay two units), and the
 * stretches of each continuum that count (the whole text, or only what anybody coded).
 */
export interface BinaryUnitizing {
  ranges: readonly (readonly Span[])[];
  units: readonly (readonly (readonly Span[])[])[];
}

/** Valued unitizing data: units[coder][continuum], sorted and not overlapping. */
export interface ValuedUnitizing {
  units: readonly (readonly (readonly ValuedSpan[])[])[];
}

/**
 * |uα ("α-binary" in ATLAS.ti): do the coders agree on which matter is relevant (inside a unit)
 * and which is not? Krippendorff, Mathet, Bouvry & Widlöcher (2016) and Krippendorff (2019,
 * sect. 12.6): coincidences are the lengths where one coder's section meets another's, divided by
 * m − 1; expected coincidences leave out pairing a unit with itself (a unit of length l takes
 * l² out, a gap is divisible and takes out only its length).
 */
export function binaryUnitizedAlpha(data: BinaryUnitizing): Coefficient {
  const m = data.units.length;
  if (m < 2) return notComputable('no_pairable_units');
  let mismatch = 0; // ℓ(unit, gap): length where one coder marked a unit and another did not
  let total = 0; // n..: every coder's length that counts
  let marked = 0; // n_unit
  let selfPairs = 0; // Σ l² over units + Σ l over gaps
  data.ranges.forEach((ranges, d) => {
    const perCoder = data.units.map((perDoc) => perDoc[d] ?? []);
    const length = ranges.reduce((a, r) => a + r.end - r.start, 0);
    total += m * length;
    for (const units of perCoder) {
      for (const u of units) {
        marked += u.end - u.start;
        selfPairs += (u.end - u.start) ** 2;
      }
    }
    forEachPiece(ranges, perCoder, (len, inside) => {
      let k = 0;
      for (const u of inside) if (u >= 0) k += 1;
      mismatch += (len * k * (m - k)) / (m - 1);
    });
  });
  const gaps = total - marked;
  selfPairs += gaps;
  if (total === 0) return notComputable('no_pairable_units');
  if (marked === 0 || gaps === 0) return notComputable('no_variation');
  // D_o / D_e = 2ℓ(unit, gap) / (2 n_unit n_gap / (n.. − Σ self / n..))
  return computed(1 - (mismatch * (total - selfPairs / total)) / (marked * gaps));
}

/**
 * cuα: how alike the coders categorized the matter they all marked as relevant (ATLAS.ti's
 * cu-α within a semantic domain, its Cu-α when the values are the domains). Coincidences are
 * the lengths where units of two coders meet, whatever their values; expected coincidences
 * leave out pairing each unit with itself over its pairable length (the part other coders
 * marked too). When all coders cut the same units of one length, it is nominal α over them.
 */
export function codingUnitizedAlpha(data: ValuedUnitizing): Coefficient {
  const m = data.units.length;
  if (m < 2) return notComputable('no_pairable_units');
  const observed = new Map<string, Map<string, number>>();
  const selfPairs = new Map<string, number>();
  const add = (c: string, k: string, v: number) => {
    const row = observed.get(c) ?? new Map<string, number>();
    observed.set(c, row);
    row.set(k, (row.get(k) ?? 0) + v);
  };
  const continua = data.units.reduce((a, perDoc) => Math.max(a, perDoc.length), 0);
  for (let d = 0; d < continua; d++) {
    const perCoder = data.units.map((perDoc) => perDoc[d] ?? []);
    const pairable = perCoder.map((units) => units.map(() => 0));
    const end = perCoder.flat().reduce((a, u) => Math.max(a, u.end), 0);
    forEachPiece([{ start: 0, end }], perCoder, (len, inside) => {
      const present: number[] = [];
      inside.forEach((u, i) => {
        if (u >= 0) present.push(i);
      });
      if (present.length < 2) return;
      for (const i of present) {
        const pi = pairable[i] as number[];
        const ui = inside[i] as number;
        pi[ui] = (pi[ui] ?? 0) + len;
        const c = perCoder[i]?.[ui]?.value ?? '';
        for (const j of present) {
          if (j !== i) add(c, perCoder[j]?.[inside[j] as number]?.value ?? '', len / (m - 1));
        }
      }
    });
    perCoder.forEach((units, i) => {
      units.forEach((u, ui) => {
        const p = pairable[i]?.[ui] ?? 0;
        selfPairs.set(u.value, (selfPairs.get(u.value) ?? 0) + p * p);
      });
    });
  }
  return nominalFromCoincidences(observed, selfPairs);
}

/** 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck with ε_ck = (n_c n_k − [c = k] S_c) / (n.. − S / n..). */
function nominalFromCoincidences(
  observed: Map<string, Map<string, number>>,
  selfPairs: Map<string, number>,
): Coefficient {
  const totals = new Map<string, number>();
  let n = 0;
  let agreed = 0;
  for (const [c, row] of observed) {
    for (const [k, v] of row) {
      totals.set(c, (totals.get(c) ?? 0) + v);
      n += v;
      if (c === k) agreed += v;
    }
  }
  if (n === 0) return notComputable('no_pairable_units');
  let self = 0;
  for (const s of selfPairs.values()) self += s;
  let sumSquares = 0;
  for (const t of totals.values()) sumSquares += t * t;
  const expectedOff = (n * n - sumSquares) / (n - self / n);
  if (totals.size < 2 || !(expectedOff > 0)) return notComputable('no_variation');
  return computed(1 - (n - agreed) / expectedOff);
}

/**
 * Walks the elementary pieces of the ranges cut at every unit border, calling back with each
 * piece's length and, per coder, the index of the unit covering it (−1 in a gap).
 */
function forEachPiece(
  ranges: readonly Span[],
  perCoder: readonly (readonly Span[])[],
  visit: (length: number, inside: number[]) => void,
): void {
  const cuts = new Set<number>();
  for (const r of ranges) cuts.add(r.start).add(r.end);
  for (const units of perCoder) for (const u of units) cuts.add(u.start).add(u.end);
  const points = [...cuts].sort((a, b) => a - b);
  const next = perCoder.map(() => 0);
  let r = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p] as number;
    const end = points[p + 1] as number;
    while (r < ranges.length && (ranges[r]?.end ?? 0) <= start) r += 1;
    const range = ranges[r];
    if (range === undefined) break;
    if (start < range.start) continue;
    const inside = perCoder.map((units, i) => {
      let u = next[i] ?? 0;
      while (u < units.length && (units[u]?.end ?? 0) <= start) u += 1;
      next[i] = u;
      const unit = units[u];
      return unit !== undefined && unit.start <= start ? u : -1;
    });
    visit(end - start, inside);
  }
}

/**
 * One coder's valued spans as sorted, non-overlapping units: spans with the same value are
 * merged where they overlap; where different values overlap, the overlap becomes a unit of its
 * own whose value joins them ("a+b"), so a double coding counts as a category of its own.
 */
export function toValuedUnits(spans: readonly ValuedSpan[]): ValuedSpan[] {
  const byValue = new Map<string, Span[]>();
  for (const s of spans) {
    const list = byValue.get(s.value) ?? [];
    list.push(s);
    byValue.set(s.value, list);
  }
  const merged = [...byValue].flatMap(([value, list]) =>
    mergeSpans(list).map((s) => ({ ...s, value })),
  );
  // Sweep over the borders, keeping the values whose spans cover the current piece.
  const borders = merged
    .flatMap((s) => [
      { at: s.start, value: s.value, open: true },
      { at: s.end, value: s.value, open: false },
    ])
    .sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));
  const active = new Set<string>();
  const out: ValuedSpan[] = [];
  let b = 0;
  while (b < borders.length) {
    const at = (borders[b] as { at: number }).at;
    let fresh = false;
    for (; b < borders.length && borders[b]?.at === at; b++) {
      const border = borders[b] as { value: string; open: boolean };
      if (border.open) {
        active.add(border.value);
        fresh = true;
      } else active.delete(border.value);
    }
    const end = borders[b]?.at;
    if (end === undefined || active.size === 0) continue;
    const value = [...active].sort().join('+');
    const last = out.at(-1);
    // A span of the same value starting here is a unit of its own that only touches the last.
    if (last !== undefined && last.end === at && last.value === value && !fresh) last.end = end;
    else out.push({ start: at, end, value });
  }
  return out;
}
