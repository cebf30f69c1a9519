import type { PdfLine } from './pdf-line';

/** A line placed in reading order, with the left and right edges of the text frame it sits in. */
export interface OrderedLine extends PdfLine {
  frameLeft: number;
  frameRight: number;
}

const MIN_COLUMN_LINES = 4;

interface Gutter {
  from: number;
  to: number;
  /** Left edge of the text on the page. */
  edge: number;
}

/**
 * Puts a page's lines in reading order. The column gutter is found from the x-extents of lines
 * narrower than half the text width; lines crossing it are full-width blocks that cut the page
 * into bands, and within each band the left column is read before the right one. A left-column
 * line running a little into the gutter (a long URL) stays in its column.
 */
export function orderColumns(lines: readonly PdfLine[]): OrderedLine[] {
  const byTop = [...lines].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const gutter = findGutter(byTop);
  const ordered: OrderedLine[] = [];
  if (gutter === null) {
    addWithFrame(ordered, byTop);
    return ordered;
  }
  const overflow = (gutter.to - gutter.from) * 2;
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  let spanning: PdfLine[] = [];
  for (const line of byTop) {
    const nearEdge = line.x0 < gutter.edge + 2.5 * line.size;
    if (line.x1 <= gutter.from + 1 || (nearEdge && line.x1 < gutter.to + overflow)) {
      if (spanning.length > 0) spanning = addWithFrame(ordered, spanning);
      left.push(line);
    } else if (line.x0 >= gutter.to - 1) {
      if (spanning.length > 0) spanning = addWithFrame(ordered, spanning);
      right.push(line);
    } else {
      left = addWithFrame(ordered, left);
      right = addWithFrame(ordered, right);
      spanning.push(line);
    }
  }
  addWithFrame(ordered, left);
  addWithFrame(ordered, right);
  addWithFrame(ordered, spanning);
  return ordered;
}

function findGutter(lines: readonly PdfLine[]): Gutter | null {
  if (lines.length < 2 * MIN_COLUMN_LINES) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const line of lines) {
    if (line.x0 < minX) minX = line.x0;
    if (line.x1 > maxX) maxX = line.x1;
  }
  const width = maxX - minX;
  const narrow = lines.filter((l) => l.x1 - l.x0 < width * 0.55);
  const crossings = new Uint16Array(Math.ceil(width) + 2);
  for (const line of narrow) {
    const end = Math.ceil(line.x1 - minX);
    for (let x = Math.floor(line.x0 - minX); x < end; x++) crossings[x] = (crossings[x] ?? 0) + 1;
  }
  const best = leastCrossedRun(crossings, Math.floor(width / 3), Math.ceil((2 * width) / 3));
  if (best === null || best.to - best.from < 6) return null;
  const gutter = { from: best.from + minX, to: best.to + minX, edge: minX };
  let leftCount = 0;
  let rightCount = 0;
  for (const line of narrow) {
    if (line.x1 <= gutter.from + 1) leftCount++;
    else if (line.x0 >= gutter.to - 1) rightCount++;
  }
  const enough = Math.min(leftCount, rightCount);
  return enough >= MIN_COLUMN_LINES && best.least <= enough * 0.5 ? gutter : null;
}

/** Centred titles or short full-width lines may cross the gutter: take the least-crossed run. */
function leastCrossedRun(
  crossings: Uint16Array,
  from: number,
  to: number,
): (Omit<Gutter, 'edge'> & { least: number }) | null {
  let least = Infinity;
  for (let x = from; x <= to; x++) least = Math.min(least, crossings[x] ?? 0);
  let best: (Omit<Gutter, 'edge'> & { least: number }) | null = null;
  let runStart = -1;
  for (let x = from; x <= to + 1; x++) {
    const free = x <= to && crossings[x] === least;
    if (free && runStart < 0) runStart = x;
    if (!free && runStart >= 0) {
      if (best === null || x - runStart > best.to - best.from)
        best = { from: runStart, to: x, least };
      runStart = -1;
    }
  }
  return best;
}

/**
 * Appends a run of lines with its text frame: the leftmost left edge that several lines share
 * (so the outdented first lines of hanging-indent entries set the margin), and the right edge
 * that several lines reach (so one URL running into the gutter does not make every line look
 * short). Returns a fresh empty run.
 */
function addWithFrame(out: OrderedLine[], lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length === 0) return [];
  const lefts = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.x0);
    lefts.set(key, (lefts.get(key) ?? 0) + 1);
  }
  const frameRight = sharedRightEdge(lines);
  const shared = Math.max(2, lines.length * 0.15);
  let frameLeft = Infinity;
  let mode = lines[0]?.x0 ?? 0;
  let most = 0;
  for (const [x, count] of lefts) {
    if (count >= shared && x < frameLeft) frameLeft = x;
    if (count > most || (count === most && x < mode)) {
      mode = x;
      most = count;
    }
  }
  if (frameLeft === Infinity) frameLeft = mode;
  for (const line of lines) out.push({ ...line, frameLeft, frameRight });
  return [];
}

function sharedRightEdge(lines: readonly PdfLine[]): number {
  const rights = lines.map((line) => line.x1).sort((a, b) => b - a);
  const rank = lines.length >= 8 ? Math.ceil(lines.length * 0.1) - 1 : 0;
  return rights[rank] ?? 0;
}
