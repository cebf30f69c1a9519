import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-telaah-token';

/** What a request must prove: the port the server listens on and the per-run token. */
export interface GuardOptions {
  port: number;
  token: string;
}

/** Refuses Host names other than loopback on our port, so a rebound DNS name cannot reach us. */
export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A browser sends Origin on cross-site requests; only our own page may call the API. */
export function isAllowedOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${headers.host ?? ''}`;
}

export function hasToken(headers: IncomingHttpHeaders, token: string): boolean {
  const sent = headers[TOKEN_HEADER];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The HTTP status an API request is refused with, or `null` when it may go on. */
export function refuseApiRequest(
  headers: IncomingHttpHeaders,
  options: GuardOptions,
): number | null {
  if (!isAllowedHost(headers, options.port) || !isAllowedOrigin(headers)) return 403;
  if (!hasToken(headers, options.token)) return 401;
  return null;
}
