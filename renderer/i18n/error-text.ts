import { ERROR_CODES, type ErrorCode, type ErrorParams } from '../../core/errors';
import { localizeError } from '../../core/i18n/error-messages';
import type { Language } from './languages';

interface CodedError {
  code: string;
  message: string;
  params?: ErrorParams;
}

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * What to tell the user about a failed call, in their language: API errors through the shared
 * catalogue, transport errors and anything else with the message they carry.
 */
export function errorText(error: unknown, language: Language): string {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const { code, message, params } = error as CodedError;
    if (isErrorCode(code)) return localizeError({ code, message, params: params ?? {} }, language);
    return message;
  }
  return error instanceof Error ? error.message : String(error);
}
