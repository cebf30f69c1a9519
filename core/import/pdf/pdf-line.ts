/** A line of a PDF page rebuilt from pdf.js text items, with its geometry in points. */
export interface PdfLine {
  text: string;
  /** 1-based physical page. */
  page: number;
  x0: number;
  x1: number;
  /** Baseline distance from the top of the page. */
  top: number;
  /** Font size carrying most of the line's characters. */
  size: number;
  /** pdf.js font id carrying most of the line's characters. */
  font: string;
}

/** The text items of a page as pdf.js gives them, reduced to what layout analysis needs. */
export interface PdfTextItem {
  str: string;
  x: number;
  /** Baseline distance from the top of the page. */
  top: number;
  width: number;
  size: number;
  font: string;
}
