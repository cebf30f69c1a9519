import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '../../../renderer/api/http-transport';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

describe('createHttpTransport', () => {
  it('posts the call as JSON with the token header', async () => {
    const fetchSpy = vi.fn<typeof fetch>(() =>
      Promise.resolve(jsonResponse(200, { ok: true, value: 1 })),
    );
    const transport = createHttpTransport({ token: 'abc', fetch: fetchSpy });
    expect(await transport('app.info', {})).toEqual({ ok: true, value: 1 });
    const [url, init] = fetchSpy.mock.calls[0]!;
    expect(url).toBe('/api/call');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telaah-token': 'abc' },
      body: JSON.stringify({ channel: 'app.info', input: {} }),
    });
  });

  it('passes an error result through for the client to throw', async () => {
    const error = { code: 'not_found', message: 'Unknown call', params: {} };
    const transport = createHttpTransport({
      token: 't',
      fetch: () => Promise.resolve(jsonResponse(200, { ok: false, error })),
    });
    expect(await transport('app.info', {})).toEqual({ ok: false, error });
  });

  it('throws unauthorized when the server refuses the token', async () => {
    const transport = createHttpTransport({
      token: 't',
      fetch: () => Promise.resolve(new Response('Missing or wrong token.', { status: 401 })),
    });
    await expect(transport('app.info', {})).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('throws unreachable when the server is gone', async () => {
    const transport = createHttpTransport({
      token: 't',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(transport('app.info', {})).rejects.toMatchObject({ code: 'unreachable' });
  });
});
