import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../electron/expose-bridge';
import { isAppUrl } from '../../../electron/navigation-guard';
import {
  createShellHandlers,
  registerShellHandlers,
  type ShellServices,
} from '../../../electron/shell-handlers';
import { createFakeIpc } from './fake-ipc';

function setup(overrides: Partial<ShellServices> = {}) {
  const spies = {
    showOpenDialog: vi.fn<ShellServices['showOpenDialog']>(() =>
      Promise.resolve({ canceled: false, filePaths: ['/a.pdf', '/b.pdf'] }),
    ),
    showSaveDialog: vi.fn<ShellServices['showSaveDialog']>(() =>
      Promise.resolve({ canceled: false, filePath: '/out/p.telaah' }),
    ),
    openExternal: vi.fn<ShellServices['openExternal']>(() => Promise.resolve()),
    addRecent: vi.fn<ShellServices['addRecent']>(),
  };
  const services: ShellServices = { ...spies, ...overrides };
  const ipc = createFakeIpc();
  registerShellHandlers(ipc.ipcMain, createShellHandlers(services), (url) =>
    isAppUrl(url, 'telaah://app/'),
  );
  return { services: spies, ipc, bridge: createBridge(ipc.ipcRenderer) };
}

describe('shell handlers', () => {
  it('answers the paths picked in the import dialog', async () => {
    const { bridge, services } = setup();
    const result = await bridge.shell('dialog.importFiles', { extensions: ['pdf', 'docx'] });
    expect(result).toEqual({ ok: true, value: ['/a.pdf', '/b.pdf'] });
    expect(services.showOpenDialog).toHaveBeenCalledWith({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Papers', extensions: ['pdf', 'docx'] }],
    });
  });

  it('answers null when a dialog is cancelled', async () => {
    const { bridge } = setup({
      showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    });
    expect(await bridge.shell('dialog.saveProject', { defaultName: 'x.telaah' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await bridge.shell('dialog.openProject', {})).toEqual({ ok: true, value: null });
    expect(await bridge.shell('dialog.importFiles', { extensions: ['pdf'] })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('opens only http(s) links in the OS browser', async () => {
    const { bridge, services } = setup();
    expect(await bridge.shell('shell.openExternal', { url: 'https://example.org/a' })).toEqual({
      ok: true,
      value: true,
    });
    expect(await bridge.shell('shell.openExternal', { url: 'file:///etc/passwd' })).toEqual({
      ok: true,
      value: false,
    });
    expect(services.openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses malformed input before any dialog opens', async () => {
    const { bridge, services } = setup();
    const result = await bridge.shell('dialog.exportFile', {
      defaultName: 'r.csv',
      extensions: ['csv;rm'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(services.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses shell calls from a foreign frame', async () => {
    const { bridge, ipc, services } = setup();
    ipc.state.frameUrl = 'https://evil.example/';
    expect(await bridge.shell('dialog.openProject', {})).toMatchObject({ ok: false });
    expect(services.showOpenDialog).not.toHaveBeenCalled();
  });

  it('records a recent project', async () => {
    const { bridge, services } = setup();
    await bridge.shell('recent.add', { path: '/p/study.telaah' });
    expect(services.addRecent).toHaveBeenCalledWith('/p/study.telaah');
  });
});
