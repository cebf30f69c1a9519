/**
 * Stable error codes. Each has a message in every UI language (core/i18n/error-messages.ts);
 * the CLI, the API dispatch and the UI show that message, never a stack trace.
 */
export const ERROR_CODES = [
  // input validation and lookups
  'invalid_input',
  'not_found',
  'conflict',
  // project file
  'project_exists',
  'project_not_found',
  'project_corrupt',
  'project_too_new',
  'project_not_telaah',
  'project_not_open',
  // import
  'import_empty_file',
  'import_unsupported_type',
  'import_pdf_damaged',
  'import_pdf_encrypted',
  'import_pdf_no_text',
  'import_pdf_too_large',
  'import_not_pdf',
  'import_legacy_doc',
  'import_docx_damaged',
  'import_zip_bomb',
  'import_file_too_large',
  'import_encoding',
  'import_no_text',
  'import_duplicate',
  'import_failed',
  // coding
  'empty_range',
  'range_out_of_bounds',
  'quote_not_found',
  'quote_ambiguous',
  'code_cycle',
  // analysis
  'query_invalid',
  // exchange, merge and agreement
  'exchange_malformed',
  'exchange_unsafe_entry',
  'exchange_too_large',
  'csv_malformed',
  'merge_same_project',
  // review
  'review_not_reviewer',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values interpolated into a message, e.g. `{ file: 'paper.pdf' }`. */
export type ErrorParams = Record<string, string | number>;

/** An error a user can act on: a stable code, parameters for the message, and an English text. */
export class TelaahError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, message: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'TelaahError';
    this.code = code;
    this.params = params;
  }
}

export function isTelaahError(error: unknown): error is TelaahError {
  return error instanceof TelaahError;
}
