import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../electron/bridge-api';
import { createBridge } from '../../../electron/expose-bridge';
import type { MenuEvent } from '../../../electron/menu-actions';
import { createFakeIpc } from './fake-ipc';

describe('createBridge', () => {
  it('refuses an unknown channel without touching IPC', async () => {
    const { ipcRenderer } = createFakeIpc();
    const invoke = vi.spyOn(ipcRenderer, 'invoke');
    const result = await createBridge(ipcRenderer).call('shell.exec', { cmd: 'rm -rf /' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses an unknown shell call without touching IPC', async () => {
    const { ipcRenderer } = createFakeIpc();
    const invoke = vi.spyOn(ipcRenderer, 'invoke');
    const bridge = createBridge(ipcRenderer);
    // @ts-expect-error not a shell call
    const result = await bridge.shell('shell.exec', {});
    expect(result).toMatchObject({ ok: false });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('delivers menu events without the Electron event object', () => {
    const { ipcRenderer, send } = createFakeIpc();
    const received: unknown[][] = [];
    createBridge(ipcRenderer).onMenu((...args) => received.push(args));
    send(IPC.menu, { action: 'file.openRecent', path: '/p/a.telaah' });
    expect(received).toEqual([[{ action: 'file.openRecent', path: '/p/a.telaah' }]]);
  });

  it('gives the path of a dropped file, and an empty one when Electron has none', () => {
    const { ipcRenderer } = createFakeIpc();
    const file = new File(['x'], 'paper.pdf');
    const bridge = createBridge(ipcRenderer, (f) => `/home/ayu/${f.name}`);
    expect(bridge.pathForFile(file)).toBe('/home/ayu/paper.pdf');
    const failing = createBridge(ipcRenderer, () => {
      throw new Error('not a disk file');
    });
    expect(failing.pathForFile(file)).toBe('');
  });

  it('drops malformed menu payloads', () => {
    const { ipcRenderer, send } = createFakeIpc();
    const listener = vi.fn<(event: MenuEvent) => void>();
    createBridge(ipcRenderer).onMenu(listener);
    send(IPC.menu, { action: 'app.quit' });
    send(IPC.menu, 'file.new');
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe', () => {
    const { ipcRenderer, send } = createFakeIpc();
    const listener = vi.fn<(event: MenuEvent) => void>();
    const off = createBridge(ipcRenderer).onMenu(listener);
    off();
    send(IPC.menu, { action: 'file.new' });
    expect(listener).not.toHaveBeenCalled();
  });
});
