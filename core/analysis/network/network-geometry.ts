import type { Point } from './display-config';

/** A node's radius: area grows with how often the code is applied. */
export function nodeRadius(codings: number, maxCodings: number): number {
  if (maxCodings <= 0) return 14;
  return Math.round(14 + 22 * Math.sqrt(codings / maxCodings));
}

/** The segment between two circles' rims, so arrowheads touch the target's edge. */
export function rimToRim(
  from: Point,
  to: Point,
  fromRadius: number,
  toRadius: number,
  /** Sideways offset, so two links between one pair do not overlap. */
  bend = 0,
): { x1: number; y1: number; x2: number; y2: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.max(1, Math.hypot(dx, dy));
  const ux = dx / d;
  const uy = dy / d;
  const ox = -uy * bend;
  const oy = ux * bend;
  return {
    x1: round(from.x + ux * fromRadius + ox),
    y1: round(from.y + uy * fromRadius + oy),
    x2: round(to.x - ux * (toRadius + 2) + ox),
    y2: round(to.y - uy * (toRadius + 2) + oy),
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
