import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** One printed line; texts are pre-broken so tests control every line end and hyphen. */
export interface PdfLineSpec {
  text: string;
  size?: number;
  bold?: boolean;
  /** Indent from the column's left edge, in points. */
  indent?: number;
  /** Leave one empty line above. */
  gapBefore?: boolean;
}

export interface PdfPageSpec {
  /** Full-width lines above the columns (title, abstract). */
  top?: PdfLineSpec[];
  /** One list of lines per column: one entry for a single column, two for two columns. */
  columns?: PdfLineSpec[][];
  /** Running header; `{n}` is replaced by the printed page number. */
  header?: string;
  footer?: string;
  pageNumber?: number;
  /** Draw only shapes, like a scan without a text layer. */
  scanned?: boolean;
}

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 54;
const GUTTER = 18;

/** Generates a PDF from page specs with pdf-lib (Times, Helvetica header, A4). */
export async function makePdf(pages: PdfPageSpec[], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title !== undefined) pdf.setTitle(title);
  const fonts = {
    body: await pdf.embedFont(StandardFonts.TimesRoman),
    bold: await pdf.embedFont(StandardFonts.TimesRomanBold),
    sans: await pdf.embedFont(StandardFonts.Helvetica),
  };
  for (const spec of pages) {
    const page = pdf.addPage([WIDTH, HEIGHT]);
    if (spec.scanned) {
      page.drawRectangle({ x: 60, y: 60, width: 470, height: 700, color: rgb(0.8, 0.8, 0.8) });
      continue;
    }
    const n = String(spec.pageNumber ?? pdf.getPageCount());
    if (spec.header) drawText(page, fonts.sans, spec.header.replace('{n}', n), MARGIN, 805, 8);
    if (spec.footer) drawText(page, fonts.sans, spec.footer.replace('{n}', n), MARGIN, 30, 8);
    let y = 770;
    y = drawColumn(page, fonts, spec.top ?? [], MARGIN, y);
    const columns = spec.columns ?? [];
    const width =
      (WIDTH - 2 * MARGIN - (columns.length - 1) * GUTTER) / Math.max(1, columns.length);
    columns.forEach((lines, index) => {
      drawColumn(page, fonts, lines, MARGIN + index * (width + GUTTER), y - 12);
    });
  }
  return pdf.save();
}

function drawColumn(
  page: PDFPage,
  fonts: { body: PDFFont; bold: PDFFont },
  lines: PdfLineSpec[],
  x: number,
  startY: number,
): number {
  let y = startY;
  for (const line of lines) {
    const size = line.size ?? 10;
    if (line.gapBefore) y -= size * 1.2;
    drawText(page, line.bold ? fonts.bold : fonts.body, line.text, x + (line.indent ?? 0), y, size);
    y -= size * 1.2;
  }
  return y;
}

function drawText(page: PDFPage, font: PDFFont, text: string, x: number, y: number, size: number) {
  page.drawText(text, { x, y, size, font });
}

const WORDS = ['kota', 'kerja', 'sama', 'daerah', 'budaya', 'program', 'warga', 'taman', 'sungai'];

/** Invented filler: column lines of about 45 characters, deterministic by seed. */
export function fillerLines(count: number, seed: number): PdfLineSpec[] {
  const lines: PdfLineSpec[] = [];
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    for (let w = 0; w < 7; w++) words.push(WORDS[(seed * 7 + i * 3 + w * 5) % WORDS.length]!);
    lines.push({ text: words.join(' '), indent: i % 12 === 0 ? 12 : 0 });
  }
  return lines;
}

/** A large two-column document with running header, footer and page numbers (benchmarks). */
export async function makeTwoColumnBook(pageCount: number): Promise<Uint8Array> {
  const pages: PdfPageSpec[] = [];
  for (let p = 1; p <= pageCount; p++) {
    pages.push({
      header: 'Buku Contoh Kota Kembar',
      footer: 'Halaman {n}',
      columns: [fillerLines(55, p * 2), fillerLines(55, p * 2 + 1)],
    });
  }
  return makePdf(pages, 'Buku Contoh');
}
