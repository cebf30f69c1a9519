import { describe, expect, it } from 'vitest';
import {
  forceLayout,
  LAYOUT_HEIGHT,
  LAYOUT_WIDTH,
} from '../../../../../core/analysis/network/force-layout';

const NODES = ['a', 'b', 'c', 'd', 'e', 'f'];
const EDGES = [
  { a: 'a', b: 'b', weight: 2 },
  { a: 'b', b: 'c', weight: 1 },
  { a: 'd', b: 'e', weight: 1 },
];

describe('forceLayout', () => {
  it('places every node inside the drawing area, the same way for the same seed', () => {
    const first = forceLayout(NODES, EDGES, { seed: 3 });
    expect(forceLayout(NODES, EDGES, { seed: 3 })).toEqual(first);
    expect(forceLayout(NODES, EDGES, { seed: 4 })).not.toEqual(first);
    for (const p of Object.values(first)) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(LAYOUT_WIDTH);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(LAYOUT_HEIGHT);
    }
  });

  it('keeps fixed nodes where the researcher put them and draws linked nodes closer', () => {
    const placed = forceLayout(NODES, EDGES, { seed: 1, fixed: { a: { x: 100, y: 100 } } });
    expect(placed.a).toEqual({ x: 100, y: 100 });
    const distance = (x: string, y: string) =>
      Math.hypot(placed[x]!.x - placed[y]!.x, placed[x]!.y - placed[y]!.y);
    expect(distance('d', 'e')).toBeLessThan(distance('d', 'f'));
  });
});
