import { firstUnitEndingAfter } from './text-units';
import type { Span } from './unitized-alpha';

/**
 * Units by coding pattern for one code: `counts[mask]` is how many units exactly the coders in
 * `mask` (bit i = coder i) coded with it. Every other count follows from these.
 */
export type PatternCounts = number[];

export const emptyPatterns = (coders: number): PatternCounts =>
  new Array<number>(2 ** coders).fill(0);

/** Adds `b` into `a`. */
export function addPatterns(a: PatternCounts, b: PatternCounts): void {
  b.forEach((n, i) => (a[i] = (a[i] ?? 0) + n));
}

/**
 * Character units of one document: runs of characters with the same coders, from each coder's
 * merged spans; `included` characters are counted in all (the rest are coded by nobody).
 */
export function characterPatterns(
  spansByCoder: readonly Span[][],
  included: number,
): PatternCounts {
  const counts = emptyPatterns(spansByCoder.length);
  const events: [pos: number, bit: number][] = [];
  spansByCoder.forEach((spans, i) => {
    for (const s of spans) events.push([s.start, 1 << i], [s.end, 1 << i]);
  });
  events.sort((a, b) => a[0] - b[0]);
  let mask = 0;
  let pos = 0;
  let coded = 0;
  for (const [at, bit] of events) {
    if (mask !== 0 && at > pos) {
      counts[mask] = (counts[mask] ?? 0) + (at - pos);
      coded += at - pos;
    }
    mask ^= bit;
    pos = at;
  }
  counts[0] = (counts[0] ?? 0) + Math.max(0, included - coded);
  return counts;
}

/**
 * Sentence, paragraph or document units: a coder codes a unit when one of their spans overlaps
 * it; `included` units are counted in all.
 */
export function unitPatterns(
  units: readonly Span[],
  spansByCoder: readonly Span[][],
  included: number,
): PatternCounts {
  const counts = emptyPatterns(spansByCoder.length);
  const masks = unitMasks(units, spansByCoder);
  for (const mask of masks.values()) counts[mask] = (counts[mask] ?? 0) + 1;
  counts[0] = (counts[0] ?? 0) + Math.max(0, included - masks.size);
  return counts;
}

/** Unit index → the coders whose spans overlap it (only units someone coded). */
export function unitMasks(
  units: readonly Span[],
  spansByCoder: readonly Span[][],
): Map<number, number> {
  const masks = new Map<number, number>();
  spansByCoder.forEach((spans, i) => {
    for (const s of spans) {
      for (let u = firstUnitEndingAfter(units, s.start); u < units.length; u++) {
        if ((units[u]?.start ?? 0) >= s.end) break;
        masks.set(u, (masks.get(u) ?? 0) | (1 << i));
      }
    }
  });
  return masks;
}
