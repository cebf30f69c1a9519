import type { Node as PmNode } from '@tiptap/pm/model';

/** Positions of the document's top-level blocks: each spans [starts[i], ends[i]). */
export interface BlockBounds {
  starts: number[];
  ends: number[];
}

export function blockBoundsOf(doc: PmNode): BlockBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  doc.forEach((node, offset) => {
    starts.push(offset);
    ends.push(offset + node.nodeSize);
  });
  return { starts, ends };
}

/**
 * Cuts a ProseMirror range at top-level block edges, so every decoration lies inside one block
 * (the view then finds each block's decorations directly instead of slicing shared ones).
 */
export function splitByBlocks(from: number, to: number, blocks: BlockBounds): [number, number][] {
  const { starts, ends } = blocks;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: [number, number][] = [];
  for (let i = lo; i < starts.length && (starts[i] ?? 0) < to; i++) {
    const a = Math.max(from, (starts[i] ?? 0) + 1);
    const b = Math.min(to, (ends[i] ?? 0) - 1);
    if (b > a) out.push([a, b]);
  }
  return out;
}
