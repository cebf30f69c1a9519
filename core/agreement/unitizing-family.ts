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
  // Values become small integers: the coincidences are a flat values × values table.
  const index = new Map<string, number>();
  for (const perDoc of data.units) {
    for (const units of perDoc)
      for (const u of units) if (!index.has(u.value)) index.set(u.value, index.size);
  }
  const size = index.size;
  // Sparse: overlapping codes make combined values ("a+b"), so there can be many of them.
  const observed = new Map<number, number>();
  const selfPairs = new Float64Array(size);
  const present = new Int32Array(m);
  const continua = data.units.reduce((a, perDoc) => Math.max(a, perDoc.length), 0);
  for (let d = 0; d < continua; d++) {
    const perCoder = data.units.map((perDoc) => perDoc[d] ?? []);
    const valueOf = perCoder.map((units) => Int32Array.from(units, (u) => index.get(u.value) ?? 0));
    const pairable = perCoder.map((units) => new Float64Array(units.length));
    let end = 0;
    for (const units of perCoder) for (const u of units) if (u.end > end) end = u.end;
    forEachPiece([{ start: 0, end }], perCoder, (len, inside) => {
      let count = 0;
      for (let i = 0; i < m; i++) if ((inside[i] as number) >= 0) present[count++] = i;
      if (count < 2) return;
      const share = len / (m - 1);
      for (let a = 0; a < count; a++) {
        const i = present[a] as number;
        const ui = inside[i] as number;
        (pairable[i] as Float64Array)[ui] = ((pairable[i] as Float64Array)[ui] as number) + len;
        const row = ((valueOf[i] as Int32Array)[ui] as number) * size;
        for (let b = 0; b < count; b++) {
          if (b === a) continue;
          const j = present[b] as number;
          const k = (valueOf[j] as Int32Array)[inside[j] as number] as number;
          observed.set(row + k, (observed.get(row + k) ?? 0) + share);
        }
      }
    });
    perCoder.forEach((units, i) => {
      const values = valueOf[i] as Int32Array;
      const lengths = pairable[i] as Float64Array;
      for (let ui = 0; ui < units.length; ui++) {
        const v = values[ui] as number;
        const p = lengths[ui] as number;
        selfPairs[v] = (selfPairs[v] as number) + p * p;
      }
    });
  }
  return nominalFromCoincidences(observed, selfPairs, size);
}

/** 1 − Σ_{c≠k} ℓ_ck / Σ_{c≠k} ε_ck with ε_ck = (n_c n_k − [c = k] S_c) / (n.. − S / n..). */
function nominalFromCoincidences(
  observed: Map<number, number>,
  selfPairs: Float64Array,
  size: number,
): Coefficient {
  const totals = new Float64Array(size);
  let n = 0;
  let agreed = 0;
  for (const [cell, v] of observed) {
    const c = Math.floor(cell / size);
    totals[c] = (totals[c] as number) + v;
    n += v;
    if (cell % size === c) agreed += v;
  }
  if (n === 0) return notComputable('no_pairable_units');
  let categories = 0;
  let sumSquares = 0;
  for (const t of totals) {
    if (t > 0) categories += 1;
    sumSquares += t * t;
  }
  let self = 0;
  for (const v of selfPairs) self += v;
  const expectedOff = (n * n - sumSquares) / (n - self / n);
  if (categories < 2 || !(expectedOff > 0)) return notComputable('no_variation');
  return computed(1 - (n - agreed) / expectedOff);
}

/**
 * Walks the elementary pieces of the ranges cut at every unit border, calling back with each
 * piece's length and, per coder, the index of the unit covering it (−1 in a gap). The `inside`
 * array is reused from piece to piece: read it in the callback, do not keep it.
 */
function forEachPiece(
  ranges: readonly Span[],
  perCoder: readonly (readonly Span[])[],
  visit: (length: number, inside: Int32Array) => void,
): void {
  let count = ranges.length * 2;
  for (const units of perCoder) count += units.length * 2;
  const cuts = new Float64Array(count);
  let n = 0;
  for (const r of ranges) {
    cuts[n++] = r.start;
    cuts[n++] = r.end;
  }
  for (const units of perCoder) {
    for (const u of units) {
      cuts[n++] = u.start;
      cuts[n++] = u.end;
    }
  }
  cuts.sort();
  const m = perCoder.length;
  const next = new Int32Array(m);
  const inside = new Int32Array(m);
  let r = 0;
  let p = 0;
  while (p < n) {
    const start = cuts[p] as number;
    let q = p + 1;
    while (q < n && cuts[q] === start) q += 1;
    if (q >= n) break;
    const end = cuts[q] as number;
    p = q;
    while (r < ranges.length && (ranges[r]?.end ?? 0) <= start) r += 1;
    const range = ranges[r];
    if (range === undefined) break;
    if (start < range.start) continue;
    for (let i = 0; i < m; i++) {
      const units = perCoder[i] as readonly Span[];
      let u = next[i] as number;
      while (u < units.length && (units[u]?.end ?? 0) <= start) u += 1;
      next[i] = u;
      const unit = units[u];
      inside[i] = unit !== undefined && unit.start <= start ? u : -1;
    }
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
  const merged: ValuedSpan[] = [];
  for (const [value, list] of byValue) {
    for (const m of mergeSpans(list)) merged.push({ start: m.start, end: m.end, value });
  }
  // Most texts have no overlap between different codes: then the merged spans are the units.
  if (byValue.size === 1) return merged;
  merged.sort((a, b) => a.start - b.start || a.end - b.end);
  let overlap = false;
  for (let i = 1; i < merged.length && !overlap; i++) {
    overlap = (merged[i] as ValuedSpan).start < (merged[i - 1] as ValuedSpan).end;
  }
  if (!overlap) return merged;
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
    const value =
      active.size === 1 ? (active.values().next().value as string) : [...active].sort().join('+');
    const last = out.at(-1);
    // A span of the same value starting here is a unit of its own that only touches the last.
    if (last !== undefined && last.end === at && last.value === value && !fresh) last.end = end;
    else out.push({ start: at, end, value });
  }
  return out;
}
