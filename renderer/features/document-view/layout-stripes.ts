/** One bar in the margin: a code of a segment, from its first to its last line (pixels). */
export interface StripeInput {
  key: string;
  segmentId: string;
  codeId: string;
  top: number;
  bottom: number;
}

export interface Stripe extends StripeInput {
  /** 0 is the column next to the text. */
  column: number;
}

/** Minimum gap between two bars in one column, so they read as two. */
const GAP = 3;

/**
 * Stacks bars in columns so no two in a column overlap (greedy interval colouring: by top, longer
 * first). Bars beyond `maxColumns` are left out.
 */
export function layoutStripes(inputs: readonly StripeInput[], maxColumns: number): Stripe[] {
  const sorted = [...inputs].sort((a, b) => a.top - b.top || b.bottom - a.bottom);
  const columnEnds: number[] = [];
  const out: Stripe[] = [];
  for (const input of sorted) {
    let column = columnEnds.findIndex((end) => end + GAP <= input.top);
    if (column < 0) column = columnEnds.length;
    if (column >= maxColumns) continue;
    columnEnds[column] = input.bottom;
    out.push({ ...input, column });
  }
  return out;
}
