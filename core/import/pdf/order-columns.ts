import type { PdfLine } from './pdf-line';

/** A line placed in reading order, with the left and right edges of the text frame it sits in. */
export interface OrderedLine extends PdfLine {
  frameLeft: number;
  frameRight: number;
}

const MIN_COLUMN_LINES = 4;

/**
 * Puts a page's lines in reading order. The column gutter is found from the x-extents of lines
 * narrower than half the text width; lines crossing it are full-width blocks that cut the page
 * into bands, and within each band the left column is read before the right one.
 */
export function orderColumns(lines: readonly PdfLine[]): OrderedLine[] {
  const byTop = [...lines].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const gutter = findGutter(byTop);
  if (gutter === null) return withFrame(byTop);
  const ordered: OrderedLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  let spanning: PdfLine[] = [];
  const flushColumns = (): void => {
    ordered.push(...withFrame(left), ...withFrame(right));
    left = [];
    right = [];
  };
  const flushSpanning = (): void => {
    ordered.push(...withFrame(spanning));
    spanning = [];
  };
  for (const line of byTop) {
    if (line.x1 <= gutter.from + 1) {
      flushSpanning();
      left.push(line);
    } else if (line.x0 >= gutter.to - 1) {
      flushSpanning();
      right.push(line);
    } else {
      flushColumns();
      spanning.push(line);
    }
  }
  flushColumns();
  flushSpanning();
  return ordered;
}

interface Gutter {
  from: number;
  to: number;
}

function findGutter(lines: readonly PdfLine[]): Gutter | null {
  if (lines.length < 2 * MIN_COLUMN_LINES) return null;
  const minX = Math.min(...lines.map((l) => l.x0));
  const maxX = Math.max(...lines.map((l) => l.x1));
  const width = maxX - minX;
  const narrow = lines.filter((l) => l.x1 - l.x0 < width * 0.55);
  const crossings = new Uint16Array(Math.ceil(width) + 2);
  for (const line of narrow) {
    for (let x = Math.floor(line.x0 - minX); x < Math.ceil(line.x1 - minX); x++) {
      crossings[x] = (crossings[x] ?? 0) + 1;
    }
  }
  // Centred titles or short full-width lines may cross the gutter: take the least-crossed run.
  const from = Math.floor(width / 3);
  const to = Math.ceil((2 * width) / 3);
  let least = Infinity;
  for (let x = from; x <= to; x++) least = Math.min(least, crossings[x] ?? 0);
  let best: Gutter | null = null;
  let runStart = -1;
  for (let x = from; x <= to + 1; x++) {
    const free = x <= to && crossings[x] === least;
    if (free && runStart < 0) runStart = x;
    if (!free && runStart >= 0) {
      if (best === null || x - runStart > best.to - best.from) best = { from: runStart, to: x };
      runStart = -1;
    }
  }
  if (best === null || best.to - best.from < 6) return null;
  const gutter = { from: best.from + minX, to: best.to + minX };
  const leftCount = narrow.filter((l) => l.x1 <= gutter.from + 1).length;
  const rightCount = narrow.filter((l) => l.x0 >= gutter.to - 1).length;
  const enough = Math.min(leftCount, rightCount);
  return enough >= MIN_COLUMN_LINES && least <= enough * 0.5 ? gutter : null;
}

/** The text frame of a run of lines: its most common left edge and its rightmost right edge. */
function withFrame(lines: readonly PdfLine[]): OrderedLine[] {
  if (lines.length === 0) return [];
  const lefts = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.x0);
    lefts.set(key, (lefts.get(key) ?? 0) + 1);
  }
  let frameLeft = lines[0]?.x0 ?? 0;
  let most = 0;
  for (const [x, count] of lefts) {
    if (count > most || (count === most && x < frameLeft)) {
      frameLeft = x;
      most = count;
    }
  }
  const frameRight = Math.max(...lines.map((l) => l.x1));
  return lines.map((line) => ({ ...line, frameLeft, frameRight }));
}
