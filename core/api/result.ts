import type { ErrorCode, ErrorParams } from '../errors';

/** An error as it crosses a transport: a stable code, its parameters and a readable message. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  params: ErrorParams;
}

/** What every call returns over every transport; exceptions never cross one. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
