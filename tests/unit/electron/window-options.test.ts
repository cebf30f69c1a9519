import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../electron/window-options';

describe('createWindowOptions', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const { webPreferences } = createWindowOptions({
      preload: '/app/preload.cjs',
      title: 'Telaah',
    });
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('keeps the window hidden until the first paint', () => {
    expect(createWindowOptions({ preload: 'p', title: 'Telaah' }).show).toBe(false);
  });
});
