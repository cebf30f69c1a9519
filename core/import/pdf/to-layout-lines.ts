import type { LayoutLine } from '../layout/layout-line';
import { continuesUrl, nextRunningToken } from '../layout/line-end-url';
import { isListItemStart } from '../layout/list-item-start';
import { textHeadingLevel } from '../layout/text-heading-level';
import type { OrderedLine } from './order-columns';
import type { PageGeometry } from './page-geometry';

/** What the lines read so far say about the block the next line may continue. */
interface BlockState {
  previous: OrderedLine;
  previousOut: LayoutLine;
  /** The previous line opened its block. */
  previousStarts: boolean;
  /** Indent of a hanging-indent block's later lines from the frame (reference entries), else null. */
  hang: number | null;
  /** The unbroken token the block's text ends with (a URL may run over several lines). */
  token: string;
}

/**
 * Reads the layout of ordered PDF lines into block evidence: a new block starts after a wider
 * vertical gap, at an indented first line, after a short last line, at the outdented first line
 * of a hanging-indent entry, or where the font changes; a line is a heading by size, by a
 * standalone line in a heavier font, or by its wording, and a heading's wrapped lines stay with it.
 */
export function toLayoutLines(lines: readonly OrderedLine[], geometry: PageGeometry): LayoutLine[] {
  const out: LayoutLine[] = [];
  let state: BlockState | null = null;
  for (const line of lines) {
    const { layoutLine, hangs } = readLine(line, state, geometry);
    out.push(layoutLine);
    state = nextState(line, layoutLine, hangs, state);
  }
  return out;
}

function readLine(
  line: OrderedLine,
  state: BlockState | null,
  geometry: PageGeometry,
): { layoutLine: LayoutLine; hangs: boolean } {
  const hangs = state !== null && continuesHanging(line, state, geometry);
  const breakBefore = state === null || (!hangs && layoutBreak(line, state, geometry));
  // The wrapped lines of a reference entry are never headings, even in capitals.
  let heading = hangs ? null : headingLevel(line, state?.previous ?? null, breakBefore, geometry);
  let wraps = false;
  if (state !== null && wrapsHeading(line, state, heading, geometry)) {
    wraps = true;
    heading = state.previousOut.heading;
  }
  const layoutLine: LayoutLine = {
    text: line.text,
    page: line.page,
    band: 'body',
    breakBefore: breakBefore && !wraps,
    heading,
  };
  return { layoutLine, hangs };
}

function nextState(
  line: OrderedLine,
  out: LayoutLine,
  hangs: boolean,
  state: BlockState | null,
): BlockState {
  const starts =
    state === null ||
    out.breakBefore ||
    out.heading !== state.previousOut.heading ||
    isListItemStart(line.text);
  if (state === null || starts) {
    return {
      previous: line,
      previousOut: out,
      previousStarts: true,
      hang: null,
      token: nextRunningToken('', line.text, false),
    };
  }
  const glued = continuesUrl(state.token, line.text);
  return {
    previous: line,
    previousOut: out,
    previousStarts: false,
    hang: hangs ? line.x0 - line.frameLeft : state.hang,
    token: nextRunningToken(state.token, line.text, glued),
  };
}

function gapBreak(line: OrderedLine, previous: OrderedLine, geometry: PageGeometry): boolean {
  if (line.page !== previous.page || line.frameLeft !== previous.frameLeft) return false;
  const gap = line.top - previous.top;
  return gap < 0 || gap > geometry.pitchRatio * Math.max(line.size, previous.size) * 1.3;
}

/** The second line of a hanging-indent entry: indented under a full first line at the margin. */
function continuesHanging(line: OrderedLine, state: BlockState, geometry: PageGeometry): boolean {
  const { previous } = state;
  if (!state.previousStarts || state.previousOut.heading !== null) return false;
  if (line.size !== previous.size || gapBreak(line, previous, geometry)) return false;
  const atMargin = previous.x0 < previous.frameLeft + 0.5 * previous.size;
  const full = previous.frameRight - previous.x1 < 2.5 * previous.size;
  const indent = line.x0 - line.frameLeft;
  return atMargin && full && indent > 0.8 * line.size && indent < 4 * line.size;
}

function layoutBreak(line: OrderedLine, state: BlockState, geometry: PageGeometry): boolean {
  const { previous } = state;
  if (Math.abs(line.size - previous.size) > 0.12 * geometry.bodySize) return true;
  if (gapBreak(line, previous, geometry)) return true;
  const indent = line.x0 - line.frameLeft;
  // Back at the margin after the indented lines of a hanging entry: the next entry.
  if (state.hang !== null && indent < state.hang - 0.8 * line.size) return true;
  // Lines aligned with the one above or with the hanging indent (also in the next column), or
  // under a list label, continue the block.
  const hanging =
    Math.abs(line.x0 - previous.x0) < 0.5 * line.size ||
    (state.hang !== null && Math.abs(indent - state.hang) < 0.5 * line.size) ||
    isListItemStart(previous.text);
  if (indent > 0.8 * line.size && indent < 4 * line.size && !hanging) return true;
  // A URL broken at the line end leaves its line short without ending the block.
  if (continuesUrl(state.token, line.text)) return false;
  const shortBy = previous.frameRight - previous.x1;
  return shortBy > 2.5 * previous.size;
}

/** A heading wrapped over lines: same font and size, no gap, the line above not yet ended. */
function wrapsHeading(
  line: OrderedLine,
  state: BlockState,
  heading: number | null,
  geometry: PageGeometry,
): boolean {
  const { previous, previousOut } = state;
  if (previousOut.heading === null) return false;
  if (previous.size !== line.size || previous.font !== line.font) return false;
  if (gapBreak(line, previous, geometry)) return false;
  if (heading === previousOut.heading) return true;
  if (line.page !== previous.page) return false;
  const byLook = line.font !== geometry.bodyFont || geometry.headingSizes.includes(line.size);
  return byLook && textHeadingLevel(line.text) === null && !/[.:;!?]$/u.test(previous.text);
}

function headingLevel(
  line: OrderedLine,
  previous: OrderedLine | null,
  breakBefore: boolean,
  geometry: PageGeometry,
): number | null {
  const rank = geometry.headingSizes.indexOf(line.size);
  if (rank >= 0) return Math.min(rank + 1, 6);
  if (line.size < geometry.bodySize * 0.88) return null;
  const standalone = breakBefore || previous === null || /[.:;!?]$/u.test(previous.text);
  if (!standalone || /[.,;]$/u.test(line.text)) return null;
  const byText = textHeadingLevel(line.text);
  if (byText !== null) return byText + geometry.headingSizes.length;
  const short = line.x1 - line.x0 < 0.7 * (line.frameRight - line.frameLeft);
  return line.font !== geometry.bodyFont && short ? geometry.headingSizes.length + 2 : null;
}
