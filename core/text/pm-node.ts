/** A ProseMirror/tiptap mark in JSON form (bold, italic, link, superscript…). */
export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A ProseMirror/tiptap node in JSON form, as stored in `documents.doc_json`. */
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

/** Node types whose inline content forms one block of the canonical text. */
export const BLOCK_TEXT_TYPES = new Set(['paragraph', 'heading', 'codeBlock', 'tableRow']);

/** Inline atom marking where a page of a paged source begins; it adds no text. */
export const PAGE_MARKER = 'pageMarker';
