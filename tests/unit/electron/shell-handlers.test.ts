import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../electron/expose-bridge';
import { isAppUrl } from '../../../electron/navigation-guard';
import {
  createShellHandlers,
  registerShellHandlers,
  type ShellServices,
} from '../../../electron/shell-handlers';
import { createShellLanguage } from '../../../electron/shell-language';
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
    writeFile: vi.fn<ShellServices['writeFile']>(() => Promise.resolve()),
  };
  const services: ShellServices = { ...spies, ...overrides };
  const onLanguageChange = vi.fn();
  const language = createShellLanguage('en', onLanguageChange);
  const ipc = createFakeIpc();
  registerShellHandlers(ipc.ipcMain, createShellHandlers(services, language), (url) =>
    isAppUrl(url, 'telaah://app/'),
  );
  return {
    services: spies,
    ipc,
    bridge: createBridge(ipc.ipcRenderer),
    language,
    onLanguageChange,
  };
}

describe('shell handlers', () => {
  it('answers the paths picked in the import dialog', async () => {
    const { bridge, services } = setup();
    const result = await bridge.shell('dialog.importFiles', { extensions: ['pdf', 'docx'] });
    expect(result).toEqual({ ok: true, value: ['/a.pdf', '/b.pdf'] });
    expect(services.showOpenDialog).toHaveBeenCalledWith({
      title: 'Import papers',
      buttonLabel: 'Import',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Papers (PDF, Word, HTML, Markdown, text)', extensions: ['pdf', 'docx'] }],
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

  it('writes an export only to the path the user picked', async () => {
    const { bridge, services } = setup();
    services.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/p/report.csv' });
    const base64 = Buffer.from('a,b\n').toString('base64');
    const saved = await bridge.shell('dialog.saveFile', {
      defaultName: 'report.csv',
      extensions: ['csv'],
      base64,
    });
    expect(saved).toEqual({ ok: true, value: '/p/report.csv' });
    expect(services.writeFile).toHaveBeenCalledWith('/p/report.csv', Buffer.from('a,b\n'));
    services.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await bridge.shell('dialog.saveFile', { defaultName: 'r.csv', extensions: ['csv'], base64 });
    expect(services.writeFile).toHaveBeenCalledTimes(1);
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

  it('labels the dialogs in Bahasa Indonesia once the app switches to it', async () => {
    const { bridge, services } = setup();
    await bridge.shell('dialog.openProject', {});
    expect(await bridge.shell('app.setLanguage', { language: 'id' })).toEqual({
      ok: true,
      value: true,
    });
    await bridge.shell('dialog.openProject', {});
    await bridge.shell('dialog.saveProject', { defaultName: 'p.telaah' });
    await bridge.shell('dialog.exportFile', { defaultName: 'r.csv', extensions: ['csv'] });
    const [english, indonesian] = services.showOpenDialog.mock.calls.map(([options]) => options);
    expect(english).toMatchObject({
      title: 'Open project',
      buttonLabel: 'Open',
      filters: [{ name: 'Telaah projects', extensions: ['telaah'] }],
    });
    expect(indonesian).toMatchObject({
      title: 'Buka proyek',
      buttonLabel: 'Buka',
      filters: [{ name: 'Proyek Telaah', extensions: ['telaah'] }],
    });
    expect(services.showSaveDialog.mock.calls.map(([options]) => options)).toEqual([
      {
        title: 'Proyek baru',
        buttonLabel: 'Buat',
        defaultPath: 'p.telaah',
        filters: [{ name: 'Proyek Telaah', extensions: ['telaah'] }],
      },
      {
        title: 'Ekspor',
        buttonLabel: 'Ekspor',
        defaultPath: 'r.csv',
        filters: [{ name: 'Berkas ekspor', extensions: ['csv'] }],
      },
    ]);
  });

  it('reports a language change once, so the menu is rebuilt only when it differs', async () => {
    const { bridge, onLanguageChange } = setup();
    await bridge.shell('app.setLanguage', { language: 'en' });
    await bridge.shell('app.setLanguage', { language: 'id' });
    await bridge.shell('app.setLanguage', { language: 'id' });
    expect(onLanguageChange.mock.calls).toEqual([['id']]);
  });

  it('refuses a language the shell has no labels for and keeps the current one', async () => {
    const { bridge, ipc, language, onLanguageChange } = setup();
    // @ts-expect-error not a shell language
    const refused = await bridge.shell('app.setLanguage', { language: 'fr' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const bypassed = await ipc.ipcRenderer.invoke('telaah:shell', 'app.setLanguage', {});
    expect(bypassed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(language.current()).toBe('en');
    expect(onLanguageChange).not.toHaveBeenCalled();
  });

  it('refuses a language switch from a foreign frame', async () => {
    const { bridge, ipc, language } = setup();
    ipc.state.frameUrl = 'https://evil.example/';
    expect(await bridge.shell('app.setLanguage', { language: 'id' })).toMatchObject({ ok: false });
    expect(language.current()).toBe('en');
  });
});
