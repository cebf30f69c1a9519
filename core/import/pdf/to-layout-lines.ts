import type { LayoutLine } from '../layout/layout-line';
import { isListItemStart } from '../layout/list-item-start';
import { textHeadingLevel } from '../layout/text-heading-level';
import type { OrderedLine } from './order-columns';
import type { PageGeometry } from './page-geometry';

/**
 * Reads the layout of ordered PDF lines into block evidence: a new block starts after a wider
 * vertical gap, at an indented first line, after a short last line, or where the font changes;
 * a line is a heading by size, by a standalone line in a heavier font, or by its wording.
 */
export function toLayoutLines(lines: readonly OrderedLine[], geometry: PageGeometry): LayoutLine[] {
  const out: LayoutLine[] = [];
  let previous: OrderedLine | null = null;
  let previousOut: LayoutLine | null = null;
  for (const line of lines) {
    const breakBefore = previous === null || layoutBreak(line, previous, geometry);
    const heading = headingLevel(line, previous, breakBefore, geometry);
    const merged =
      heading !== null &&
      previous !== null &&
      previousOut?.heading === heading &&
      previous.size === line.size &&
      previous.font === line.font &&
      !gapBreak(line, previous, geometry);
    const layoutLine: LayoutLine = {
      text: line.text,
      page: line.page,
      band: 'body',
      breakBefore: breakBefore && !merged,
      heading,
    };
    out.push(layoutLine);
    previous = line;
    previousOut = layoutLine;
  }
  return out;
}

function gapBreak(line: OrderedLine, previous: OrderedLine, geometry: PageGeometry): boolean {
  if (line.page !== previous.page || line.frameLeft !== previous.frameLeft) return false;
  const gap = line.top - previous.top;
  return gap < 0 || gap > geometry.pitchRatio * Math.max(line.size, previous.size) * 1.3;
}

function layoutBreak(line: OrderedLine, previous: OrderedLine, geometry: PageGeometry): boolean {
  if (Math.abs(line.size - previous.size) > 0.12 * geometry.bodySize) return true;
  if (gapBreak(line, previous, geometry)) return true;
  const indent = line.x0 - line.frameLeft;
  // Lines aligned with the one above, or under a list label, continue a hanging indent.
  const hanging =
    Math.abs(line.x0 - previous.x0) < 0.5 * line.size || isListItemStart(previous.text);
  if (indent > 0.8 * line.size && indent < 4 * line.size && !hanging) return true;
  const shortBy = previous.frameRight - previous.x1;
  return shortBy > 2.5 * previous.size;
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
