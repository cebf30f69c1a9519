/** When two codings count as co-occurring. */
export type Proximity =
  | { mode: 'overlap' }
  /** Overlapping or at most `chars` characters apart. */
  | { mode: 'near'; chars: number }
  /** Touching the same paragraph (blocks are separated by a blank line in the text). */
  | { mode: 'paragraph' };

/** Which codings a co-occurrence table, network or chart counts. */
export interface CodingFilter {
  /** Only these codes (all codes when absent or empty). */
  codeIds?: string[];
  documentIds?: string[];
  /** Only documents of these cases. */
  caseIds?: string[];
  coderIds?: string[];
}

export interface CooccurrenceOptions extends CodingFilter {
  proximity?: Proximity;
}

/** What a co-occurrence cell shows. */
export type CooccurrenceMeasure = 'count' | 'documents' | 'c';
