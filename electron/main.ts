import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppDispatch } from '../core/api/create-app-dispatch';
import { CONTENT_SECURITY_POLICY } from '../core/server/content-security-policy';
import { APP_SCHEME, APP_URL, resolveAppRequest } from './app-protocol';
import { IPC } from './bridge-api';
import { registerIpcHandlers } from './ipc-bridge';
import type { MenuEvent } from './menu-actions';
import { buildMenuTemplate } from './menu-template';
import { guardNavigation, isAppUrl } from './navigation-guard';
import { addRecent, parseRecent } from './recent-projects';
import { createShellHandlers, registerShellHandlers } from './shell-handlers';
import { createShellLanguage, languageForLocale } from './shell-language';
import { createWindowOptions } from './window-options';

const isDev = MAIN_WINDOW_VITE_DEV_SERVER_URL !== undefined;
const appUrl = MAIN_WINDOW_VITE_DEV_SERVER_URL ?? APP_URL;
const rendererRoot = join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}`);
const isTrustedUrl = (url: string) => isAppUrl(url, appUrl);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

function start(): void {
  const appDispatch = createAppDispatch({ version: app.getVersion() });
  const { dispatch } = appDispatch;
  const recentFile = join(app.getPath('userData'), 'recent-projects.json');
  let recent = parseRecent(readOptional(recentFile));
  let mainWindow: BrowserWindow | null = null;
  const language = createShellLanguage(languageForLocale(app.getLocale()), () => {
    setMenu();
  });

  const send = (event: MenuEvent) => {
    mainWindow?.webContents.send(IPC.menu, event);
  };
  const setRecent = (next: string[]) => {
    recent = next;
    writeFileSync(recentFile, JSON.stringify(recent));
    setMenu();
  };
  const setMenu = () => {
    const template = buildMenuTemplate({
      send,
      labels: language.labels().menu,
      recent,
      isMac: process.platform === 'darwin',
      isDev,
      clearRecent: () => {
        app.clearRecentDocuments();
        setRecent([]);
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  secureSession();
  registerAppProtocol();
  registerIpcHandlers(ipcMain, dispatch, isTrustedUrl);
  registerShellHandlers(
    ipcMain,
    createShellHandlers(
      {
        showOpenDialog: (options) =>
          mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        openExternal: (url) => shell.openExternal(url),
        addRecent: (path) => {
          app.addRecentDocument(path);
          setRecent(addRecent(recent, path));
        },
        writeFile: (path, bytes) => writeFile(path, bytes),
      },
      language,
    ),
    isTrustedUrl,
  );
  setMenu();

  mainWindow = new BrowserWindow(
    createWindowOptions({ preload: join(__dirname, 'preload.cjs'), title: 'Telaah' }),
  );
  guardNavigation(mainWindow.webContents, appUrl, (url) => void shell.openExternal(url));
  mainWindow.once('ready-to-show', () => {
    mainWindow?.show();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(appUrl);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  app.on('will-quit', () => {
    appDispatch.close();
  });
}

function secureSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  // The Vite dev server needs inline scripts and a websocket; its index.html carries a dev CSP.
  if (isDev) return;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererRoot);
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
});
