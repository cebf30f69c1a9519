/**
 * The renderer's sandbox: no Node, isolated preload, web security on. Kept as data so a test
 * fails the day someone loosens one of them.
 */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: true,
} as const;

export interface WindowOptionsInput {
  preload: string;
  title: string;
}

/** Options for the one main window, in the shape `new BrowserWindow()` takes. */
export function createWindowOptions(input: WindowOptionsInput) {
  return {
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: input.title,
    show: false,
    backgroundColor: '#f7f6f2',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: input.preload },
  };
}
