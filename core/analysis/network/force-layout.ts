import type { Point } from './display-config';
import { seededRandom } from './seeded-random';

export const LAYOUT_WIDTH = 1000;
export const LAYOUT_HEIGHT = 700;
const MARGIN = 60;
const ITERATIONS = 300;
const GRAVITY = 1.5;

export interface LayoutEdge {
  a: string;
  b: string;
  /** Stronger edges pull harder (1 = an ordinary edge). */
  weight: number;
}

/**
 * A Fruchterman–Reingold force-directed layout: nodes repel, edges pull, the step cools each
 * round. Deterministic: start positions come from `seed`, and nodes in `fixed` stay put (the
 * researcher's own placements) while the rest settle around them.
 */
export function forceLayout(
  nodeIds: readonly string[],
  edges: readonly LayoutEdge[],
  options: { seed?: number; fixed?: Readonly<Record<string, Point>> } = {},
): Record<string, Point> {
  const rand = seededRandom(options.seed ?? 1);
  const fixed = options.fixed ?? {};
  const w = LAYOUT_WIDTH - 2 * MARGIN;
  const h = LAYOUT_HEIGHT - 2 * MARGIN;
  const k = Math.sqrt((w * h) / Math.max(1, nodeIds.length)) * 0.5;
  const pos = nodeIds.map((id, i) => {
    const kept = fixed[id];
    if (kept !== undefined) return { x: kept.x, y: kept.y };
    // A circle with a little noise: no two nodes start on one spot.
    const angle = (2 * Math.PI * i) / Math.max(1, nodeIds.length);
    return {
      x: LAYOUT_WIDTH / 2 + (w / 3) * Math.cos(angle) + (rand() - 0.5) * 20,
      y: LAYOUT_HEIGHT / 2 + (h / 3) * Math.sin(angle) + (rand() - 0.5) * 20,
    };
  });
  const nodes = nodeIds.map((id, i) => ({
    id,
    pinned: fixed[id] !== undefined,
    pos: pos[i] ?? { x: 0, y: 0 },
    shift: { x: 0, y: 0 },
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = edges.flatMap((e) => {
    const a = byId.get(e.a);
    const b = byId.get(e.b);
    return a === undefined || b === undefined || a === b ? [] : [{ a, b, weight: e.weight }];
  });
  let temperature = w / 10;
  for (let round = 0; round < ITERATIONS; round++) {
    for (const n of nodes) n.shift = { x: 0, y: 0 };
    nodes.forEach((a, i) => {
      for (const b of nodes.slice(i + 1)) {
        const dx = a.pos.x - b.pos.x;
        const dy = a.pos.y - b.pos.y;
        const d = Math.max(1, Math.hypot(dx, dy));
        const force = (k * k) / d;
        a.shift.x += (dx / d) * force;
        a.shift.y += (dy / d) * force;
        b.shift.x -= (dx / d) * force;
        b.shift.y -= (dy / d) * force;
      }
    });
    for (const { a, b, weight } of links) {
      const dx = a.pos.x - b.pos.x;
      const dy = a.pos.y - b.pos.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const force = ((d * d) / k) * Math.min(3, weight);
      a.shift.x -= (dx / d) * force;
      a.shift.y -= (dy / d) * force;
      b.shift.x += (dx / d) * force;
      b.shift.y += (dy / d) * force;
    }
    for (const n of nodes) {
      if (n.pinned) continue;
      const s = n.shift;
      // Gravity toward the centre keeps unlinked nodes from piling up against the edges.
      s.x += (LAYOUT_WIDTH / 2 - n.pos.x) * GRAVITY;
      s.y += (LAYOUT_HEIGHT / 2 - n.pos.y) * GRAVITY;
      const len = Math.max(1e-9, Math.hypot(s.x, s.y));
      const step = Math.min(len, temperature);
      n.pos.x = clamp(n.pos.x + (s.x / len) * step, MARGIN, LAYOUT_WIDTH - MARGIN);
      n.pos.y = clamp(n.pos.y + (s.y / len) * step, MARGIN, LAYOUT_HEIGHT - MARGIN);
    }
    temperature = Math.max(1, temperature * 0.97);
  }
  return Object.fromEntries(
    nodes.map((n) => [n.id, { x: Math.round(n.pos.x), y: Math.round(n.pos.y) }]),
  );
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
