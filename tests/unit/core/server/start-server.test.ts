import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../../core/api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../../../core/server/content-security-policy';
import { startServer, type RunningServer } from '../../../../core/server/start-server';

const calls: { channel: string; raw: unknown }[] = [];
const fakeDispatch: Dispatch = (channel, raw) => {
  calls.push({ channel, raw });
  return Promise.resolve({ ok: true, value: { version: '9.9.9', schemaVersion: 1 } });
};

let root: string;
let staticDir: string;
let server: RunningServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'telaah-server-test-'));
  staticDir = join(root, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Telaah</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
  server = await startServer({ dispatch: fakeDispatch, staticDir, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function callApi(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.origin}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telaah-token': server.token, ...headers },
    body: JSON.stringify(body),
  });
}

/** fetch always sends its own Host, so Host and raw paths go through node:http. */
function rawRequest(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: 'GET', headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startServer', () => {
  it('prints a loopback URL carrying a 64-hex-digit token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
    expect(server.url).toContain(server.token);
  });

  it('answers a good call with the dispatch result', async () => {
    const response = await callApi({ channel: 'app.info', input: {} });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      value: { version: '9.9.9', schemaVersion: 1 },
    });
    expect(calls.at(-1)).toEqual({ channel: 'app.info', raw: {} });
  });

  it('refuses a call without a token with 401', async () => {
    const response = await fetch(`${server.origin}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'app.info', input: {} }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a call with a wrong token with 401', async () => {
    const response = await callApi(
      { channel: 'app.info', input: {} },
      { 'x-telaah-token': 'f'.repeat(64) },
    );
    expect(response.status).toBe(401);
  });

  it('refuses a foreign Origin with 403 even with the right token', async () => {
    const response = await callApi(
      { channel: 'app.info', input: {} },
      { origin: 'http://evil.example' },
    );
    expect(response.status).toBe(403);
  });

  it('accepts its own Origin', async () => {
    const response = await callApi({ channel: 'app.info', input: {} }, { origin: server.origin });
    expect(response.status).toBe(200);
  });

  it('refuses a Host header other than loopback on its port with 403', async () => {
    const api = await rawRequest('/api/call', {
      host: `evil.example:${server.port}`,
      'x-telaah-token': server.token,
    });
    expect(api.status).toBe(403);
    const page = await rawRequest('/', { host: `evil.example:${server.port}` });
    expect(page.status).toBe(403);
    const good = await rawRequest('/', { host: `localhost:${server.port}` });
    expect(good.status).toBe(200);
  });

  it('answers an unknown channel with a not_found error result without dispatching', async () => {
    const before = calls.length;
    const response = await callApi({ channel: 'app.destroy', input: {} });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(calls.length).toBe(before);
  });

  it('answers a body that is not a call with invalid_input', async () => {
    const response = await fetch(`${server.origin}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telaah-token': server.token },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a call sent as a form with 415', async () => {
    const response = await callApi({ channel: 'app.info' }, { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('serves index.html with the CSP, nosniff and no caching', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Telaah</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('falls back to index.html for client routes and 404s missing files', async () => {
    expect(await (await fetch(`${server.origin}/projects/open`)).text()).toContain('Telaah');
    expect((await fetch(`${server.origin}/assets/missing.js`)).status).toBe(404);
    const asset = await fetch(`${server.origin}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
  });

  it('refuses path traversal out of the static folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await rawRequest(path, { host: `127.0.0.1:${server.port}` });
      expect(response.body).not.toContain('do not serve');
      expect([400, 404]).toContain(response.status);
    }
  });

  it('streams an upload into a temp file and answers its path', async () => {
    const response = await fetch(`${server.origin}/api/upload`, {
      method: 'POST',
      headers: {
        'x-telaah-token': server.token,
        'x-telaah-filename': encodeURIComponent('../Wawancara 1.pdf'),
        'content-type': 'application/octet-stream',
      },
      body: Buffer.from('%PDF-1.7 fake'),
    });
    const result = (await response.json()) as {
      ok: true;
      value: { path: string; name: string; size: number };
    };
    expect(result.value.name).toBe('Wawancara 1.pdf');
    expect(basename(result.value.path)).toBe('Wawancara 1.pdf');
    expect(result.value.size).toBe(13);
    expect(await readFile(result.value.path, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('refuses an upload without a token with 401', async () => {
    const response = await fetch(`${server.origin}/api/upload`, {
      method: 'POST',
      body: Buffer.from('x'),
    });
    expect(response.status).toBe(401);
  });
});

describe('startServer limits', () => {
  it('refuses an upload larger than the limit with 413', async () => {
    const small = await startServer({
      dispatch: fakeDispatch,
      staticDir,
      port: 0,
      host: '127.0.0.1',
      uploadLimit: 10,
    });
    try {
      const response = await fetch(`${small.origin}/api/upload`, {
        method: 'POST',
        headers: { 'x-telaah-token': small.token },
        body: Buffer.alloc(11),
      });
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});
