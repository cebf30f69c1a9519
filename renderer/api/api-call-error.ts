import type { ApiError } from '../../core/api/result';

/** Codes for failures of the transport itself, before any handler ran. */
export type TransportErrorCode = 'unauthorized' | 'unreachable';

/** Thrown by the client when a call answers `ok: false` or cannot be made at all. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'] | TransportErrorCode;
  readonly params: ApiError['params'];

  constructor(code: ApiError['code'] | TransportErrorCode, message: string, params = {}) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.params = params;
  }
}
