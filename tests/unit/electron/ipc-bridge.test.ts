import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../core/api/dispatch';
import { IPC } from '../../../electron/bridge-api';
import { createBridge } from '../../../electron/expose-bridge';
import { registerIpcHandlers } from '../../../electron/ipc-bridge';
import { isAppUrl } from '../../../electron/navigation-guard';
import { createFakeIpc } from './fake-ipc';

const APP = 'telaah://app/index.html';
const isTrusted = (url: string) => isAppUrl(url, APP);

function setup(dispatch: Dispatch) {
  const ipc = createFakeIpc();
  const unregister = registerIpcHandlers(ipc.ipcMain, dispatch, isTrusted);
  return { ...ipc, unregister, bridge: createBridge(ipc.ipcRenderer) };
}

const info: Dispatch = (channel) =>
  Promise.resolve(
    channel === 'app.info'
      ? { ok: true, value: { version: '1.2.3', schemaVersion: 4 } }
      : { ok: false, error: { code: 'not_found', message: 'nope', params: {} } },
  );

describe('registerIpcHandlers', () => {
  it('answers a contract call from the app frame with the dispatch result', async () => {
    const { bridge } = setup(info);
    expect(await bridge.call('app.info', {})).toEqual({
      ok: true,
      value: { version: '1.2.3', schemaVersion: 4 },
    });
  });

  it('passes channel and input through to the dispatch unchanged', async () => {
    const dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, value: null }));
    const { bridge } = setup(dispatch);
    await bridge.call('app.info', { nested: [1, 'two'] });
    expect(dispatch).toHaveBeenCalledWith('app.info', { nested: [1, 'two'] });
  });

  it('refuses a call from a frame that is not the app', async () => {
    const dispatch = vi.fn<Dispatch>(info);
    const { bridge, state } = setup(dispatch);
    state.frameUrl = 'https://evil.example/';
    const result = await bridge.call('app.info', {});
    expect(result.ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose sender frame is gone', async () => {
    const ipc = createFakeIpc();
    registerIpcHandlers(ipc.ipcMain, info, isTrusted);
    const handler = ipc.handlers.get(IPC.call)!;
    expect(await handler({ senderFrame: null }, 'app.info', {})).toMatchObject({ ok: false });
  });

  it('refuses a channel outside the contract even when the preload is bypassed', async () => {
    const dispatch = vi.fn<Dispatch>(info);
    const { ipcRenderer } = setup(dispatch);
    const result = await ipcRenderer.invoke(IPC.call, 'fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await ipcRenderer.invoke(IPC.call, 42, {})).toMatchObject({ ok: false });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatch into an internal error result', async () => {
    const { bridge } = setup(() => Promise.reject(new Error('disk on fire')));
    expect(await bridge.call('app.info', {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire', params: {} },
    });
  });

  it('removes its handler when unregistered', async () => {
    const { bridge, unregister } = setup(info);
    unregister();
    await expect(bridge.call('app.info', {})).rejects.toThrow(/No handler/);
  });
});
