import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PageBand } from '../layout/layout-line';
import { itemsToLines } from './items-to-lines';
import type { PdfLine, PdfTextItem } from './pdf-line';

/** A PDF line with the page band it sits in. */
export interface BandedLine extends PdfLine {
  band: PageBand;
}

// Running headers and footers sit in the outer 7.5 % of the page height; a page's first and last
// lines also count when they lie in the outer 20 % (theses with wide margins put them lower).
const BAND = 0.075;
const OUTER_LINE_BAND = 0.2;

/** Reads one page's text items with positions and rebuilds its lines; rotated text is skipped. */
export async function readPageLines(page: PDFPageProxy, pageNumber: number): Promise<BandedLine[]> {
  const [, , , pageTop = 0] = page.view;
  const [, bottom = 0] = page.view;
  const height = pageTop - bottom;
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = toItem(raw, pageTop);
    if (item !== null) items.push(item);
  }
  const lines = itemsToLines(items, pageNumber);
  const tops = lines.map((line) => line.top);
  const first = Math.min(...tops);
  const last = Math.max(...tops);
  return lines.map((line) => ({ ...line, band: bandOf(line.top, height, first, last) }));
}

function bandOf(top: number, height: number, first: number, last: number): PageBand {
  if (top < height * BAND || (top === first && top < height * OUTER_LINE_BAND)) return 'top';
  if (top > height * (1 - BAND) || (top === last && top > height * (1 - OUTER_LINE_BAND))) {
    return 'bottom';
  }
  return 'body';
}

function toItem(raw: TextItem, pageTop: number): PdfTextItem | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform as number[];
  if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) return null;
  return {
    str: raw.str,
    x: e,
    top: pageTop - f,
    width: raw.width,
    size: Math.round(Math.abs(d) * 10) / 10,
    font: raw.fontName,
  };
}
