import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isChannel } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import type { Result } from '../api/result';
import { BodyTooLargeError, readBody } from './read-body';
import { receiveUpload } from './receive-upload';
import { isAllowedHost, refuseApiRequest } from './request-guard';
import { setSecurityHeaders } from './security-headers';
import { sendText, serveStatic } from './serve-static';

export interface ServerOptions {
  dispatch: Dispatch;
  /** The built renderer (`.vite/renderer/main_window`). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only: the token is the sole guard, so the server must not face a network. */
  host?: '127.0.0.1';
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
  callBodyLimit?: number;
  uploadLimit?: number;
}

export interface RunningServer {
  /** The address to open, carrying the token: `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_CALL_BODY_LIMIT = 16 * 1024 * 1024;
export const DEFAULT_UPLOAD_LIMIT = 300 * 1024 * 1024;

/**
 * Hosts the app's dispatch over HTTP for browser mode: `POST /api/call` takes `{channel, input}`
 * and answers a JSON Result, `POST /api/upload` streams one file to a temp folder and answers its
 * path, and every GET serves the built renderer.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('hex');
  const uploadDir = await mkdtemp(join(tmpdir(), 'telaah-upload-'));
  const limits = {
    call: options.callBodyLimit ?? DEFAULT_CALL_BODY_LIMIT,
    upload: options.uploadLimit ?? DEFAULT_UPLOAD_LIMIT,
  };
  let port = 0;

  const handleApi = async (
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
  ): Promise<void> => {
    const refused = refuseApiRequest(request.headers, { port, token });
    if (refused !== null) {
      sendText(response, refused, refusalText(refused));
    } else if (request.method !== 'POST') {
      sendText(response, 405, 'Use POST.');
    } else if (pathname === '/api/call') {
      await handleCall(request, response, options.dispatch, limits.call);
    } else if (pathname === '/api/upload') {
      const file = await receiveUpload(request, uploadDir, limits.upload);
      sendJson(response, 200, { ok: true, value: file });
    } else {
      sendText(response, 404, 'Not found.');
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    setSecurityHeaders(response);
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname.startsWith('/api/')) {
      await handleApi(request, response, pathname);
    } else if (!isAllowedHost(request.headers, port)) {
      sendText(response, 403, refusalText(403));
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Method not allowed.');
    } else {
      await serveStatic(options.staticDir, request, response);
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof BodyTooLargeError) {
        request.resume();
        sendText(response, 413, error.message);
        return;
      }
      sendText(response, 500, 'Internal error.');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await rm(uploadDir, { recursive: true, force: true });
    },
  };
}

async function handleCall(
  request: IncomingMessage,
  response: ServerResponse,
  dispatch: Dispatch,
  limit: number,
): Promise<void> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendText(response, 415, 'Send JSON.');
    return;
  }
  const body = parseCall((await readBody(request, limit)).toString('utf8'));
  if (body === null) {
    sendJson(response, 400, failure('invalid_input', 'The request body is not a call.'));
    return;
  }
  if (!isChannel(body.channel)) {
    const message = `Unknown call "${body.channel}".`;
    sendJson(response, 200, failure('not_found', message, { channel: body.channel }));
    return;
  }
  sendJson(response, 200, await dispatch(body.channel, body.input));
}

function parseCall(text: string): { channel: string; input: unknown } | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { channel, input } = value as { channel?: unknown; input?: unknown };
    return typeof channel === 'string' ? { channel, input } : null;
  } catch {
    return null;
  }
}

function failure(
  code: 'invalid_input' | 'not_found',
  message: string,
  params: Record<string, string> = {},
): Result<never> {
  return { ok: false, error: { code, message, params } };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(body);
}

function refusalText(status: number): string {
  return status === 401 ? 'Missing or wrong token.' : 'Forbidden.';
}
