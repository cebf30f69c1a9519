import type { PdfLine, PdfTextItem } from './pdf-line';
import { heaviestKey } from './heaviest-key';

interface Builder {
  items: PdfTextItem[];
  x0: number;
  x1: number;
  top: number;
  size: number;
}

/**
 * Rebuilds lines from a page's text items: items on one baseline with a small x-gap join one line
 * (a space where the gap is wider than a thin space), a wide gap such as a column gutter starts a
 * new line. Superscripts slightly off the baseline stay with their line.
 */
export function itemsToLines(items: readonly PdfTextItem[], page: number): PdfLine[] {
  const builders: Builder[] = [];
  let open: Builder | null = null;
  for (const item of items) {
    if (item.str.length === 0 || item.size <= 0) continue;
    const blank = item.str.trim().length === 0;
    if (open !== null && isFootnoteMark(open, item)) continue;
    if (open !== null && continues(open, item)) {
      open.items.push(item);
      open.x1 = Math.max(open.x1, item.x + item.width);
      if (item.size > open.size) open.size = item.size;
      if (Math.abs(item.top - open.top) < 0.2 * open.size && item.str.trim()) open.top = item.top;
    } else if (!blank) {
      open = { items: [item], x0: item.x, x1: item.x + item.width, top: item.top, size: item.size };
      builders.push(open);
    }
  }
  return builders.map((b) => toLine(b, page)).filter((line) => line.text.length > 0);
}

function continues(line: Builder, item: PdfTextItem): boolean {
  const size = Math.max(line.size, item.size);
  const gap = item.x - line.x1;
  const sameBaseline = Math.abs(item.top - line.top) < 0.6 * size;
  return sameBaseline && gap > -0.5 * size && gap < 0.9 * size;
}

function toLine(builder: Builder, page: number): PdfLine {
  let text = '';
  let end = -Infinity;
  const weights = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const item of builder.items) {
    const gap = item.x - end;
    const needsSpace = text.length > 0 && !/\s$/u.test(text) && !/^\s/u.test(item.str);
    if (needsSpace && gap > 0.15 * item.size) text += ' ';
    text += item.str;
    end = Math.max(end, item.x + item.width);
    const chars = item.str.trim().length;
    if (chars === 0) continue;
    weights.set(item.font, (weights.get(item.font) ?? 0) + chars);
    const size = Math.round(item.size * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + chars);
  }
  return {
    text: text.replace(/\s+/gu, ' ').trim(),
    page,
    x0: builder.x0,
    x1: builder.x1,
    top: builder.top,
    size: heaviestKey(sizes) ?? builder.size,
    font: heaviestKey(weights) ?? '',
  };
}

/** A raised `*` after a title points to the journal's footnote, which is dropped as furniture. */
function isFootnoteMark(line: Builder, item: PdfTextItem): boolean {
  return /^[*∗]$/u.test(item.str.trim()) && item.top < line.top - 0.2 * line.size;
}
