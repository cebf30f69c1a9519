import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickTransport } from '../../../renderer/api/pick-transport';

afterEach(() => {
  delete (window as { telaah?: unknown }).telaah;
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('pickTransport', () => {
  it('uses the desktop bridge when the preload exposed one', async () => {
    const call = vi.fn(() => Promise.resolve({ ok: true as const, value: 'x' }));
    (window as { telaah?: unknown }).telaah = { call, shell: vi.fn(), onMenu: vi.fn() };
    const picked = pickTransport(window);
    expect(picked.mode).toBe('desktop');
    expect(await picked.transport('app.info', {})).toEqual({ ok: true, value: 'x' });
    expect(call).toHaveBeenCalledWith('app.info', {});
  });

  it('uses HTTP in browser mode and takes the token from the address', () => {
    window.history.replaceState(null, '', '/?token=secret');
    const picked = pickTransport(window);
    expect(picked.mode).toBe('browser');
    expect(window.location.search).toBe('');
    expect(sessionStorage.getItem('telaah.token')).toBe('secret');
  });

  it('fails every call with a clear message when there is no token', async () => {
    const picked = pickTransport(window);
    await expect(picked.transport('app.info', {})).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });
});
