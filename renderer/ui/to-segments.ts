/** A coded range as the view needs it: offsets into the canonical text and its codes. */
export interface CodedRange {
  id: string;
  start: number;
  end: number;
  codeIds: readonly string[];
}

/** A stretch of text covered by the same set of coded ranges. */
export interface CodingPiece {
  start: number;
  end: number;
  /** Ids of every range covering the piece, in the order the ranges were given. */
  segmentIds: string[];
  /** Every code covering the piece, each once, in the order first met. */
  codeIds: string[];
}

/**
 * Cuts overlapping coded ranges into pieces that each carry every range and code covering them
 * (sort the boundaries, then one sweep). Empty ranges are ignored.
 */
export function toSegments(ranges: readonly CodedRange[]): CodingPiece[] {
  const order = new Map<CodedRange, number>();
  const bounds: { at: number; range: CodedRange; open: boolean }[] = [];
  ranges.forEach((range, index) => {
    if (range.end <= range.start) return;
    order.set(range, index);
    bounds.push({ at: range.start, range, open: true }, { at: range.end, range, open: false });
  });
  bounds.sort((a, b) => a.at - b.at);
  const active = new Set<CodedRange>();
  const pieces: CodingPiece[] = [];
  let i = 0;
  while (i < bounds.length) {
    const at = bounds[i]?.at ?? 0;
    for (; i < bounds.length && bounds[i]?.at === at; i++) {
      const bound = bounds[i];
      if (bound === undefined) continue;
      if (bound.open) active.add(bound.range);
      else active.delete(bound.range);
    }
    const next = bounds[i]?.at;
    if (next !== undefined && active.size > 0 && next > at) {
      pieces.push(pieceOf(at, next, active, order));
    }
  }
  return pieces;
}

function pieceOf(
  start: number,
  end: number,
  active: Set<CodedRange>,
  order: Map<CodedRange, number>,
): CodingPiece {
  const covering =
    active.size === 1
      ? [...active]
      : [...active].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const codeIds = new Set<string>();
  for (const range of covering) for (const codeId of range.codeIds) codeIds.add(codeId);
  return { start, end, segmentIds: covering.map((r) => r.id), codeIds: [...codeIds] };
}
