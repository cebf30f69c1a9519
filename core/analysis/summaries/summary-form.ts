/**
 * The questions of a document summary form, after Miles & Huberman's contact summary form,
 * stored in summaries.fields by these stable keys; the UI labels them in each language.
 */
export const DOCUMENT_SUMMARY_FIELDS = [
  'mainThemes',
  'targetQuestions',
  'salient',
  'newQuestions',
] as const;

export type DocumentSummaryField = (typeof DOCUMENT_SUMMARY_FIELDS)[number];
