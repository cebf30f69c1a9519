/** How many characters of context are stored before and after a quote. */
export const CONTEXT_CHARS = 32;

/**
 * One segment of a document, compactly: [id, start, end, coder index, created at, updated at,
 * ...code indexes]. Indexes point into `DocumentSegmentSpans.coderIds` and `.codeIds`.
 */
export type SegmentSpanRow = [string, number, number, number, number, number, ...number[]];

/**
 * A document's segments without the text the reader already holds (quote and context are slices
 * of it): a tenth of the full listing's size for a long, densely coded paper. Rows are in text
 * order (start, then end).
 */
export interface DocumentSegmentSpans {
  documentId: string;
  coderIds: string[];
  codeIds: string[];
  rows: SegmentSpanRow[];
}
