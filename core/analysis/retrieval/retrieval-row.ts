/** One result of a retrieval: a stretch of a document with the segments, codes and coders behind it. */
export interface RetrievalRow {
  /** Stable within a result: document, offsets and segments. */
  key: string;
  documentId: string;
  documentTitle: string;
  start: number;
  end: number;
  /** The text of the span, sliced from the canonical text. */
  quote: string;
  page: { page: number; label: string | null } | null;
  /** The coded segments the row comes from; link these to a summary. */
  segmentIds: string[];
  /** Every code on those segments, with its path ("culture/language"). */
  codeIds: string[];
  codePaths: string[];
  coderIds: string[];
  coderNames: string[];
  /** The cases the document belongs to. */
  caseNames: string[];
  /** The text around the span: its paragraph, or N characters either side. */
  context: { before: string; after: string };
}

export interface RetrievalResult {
  rows: RetrievalRow[];
  /** Distinct segments behind the rows. */
  segmentCount: number;
  documentCount: number;
}
