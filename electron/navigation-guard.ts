/**
 * True when `url` belongs to the app itself: same origin as `appUrl` (the custom protocol when
 * packaged, the Vite dev server in development). Used for navigation and IPC sender checks.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (target === null || app === null) return false;
  if (target.username !== '' || target.password !== '') return false;
  return target.protocol === app.protocol && target.host === app.host && app.host !== '';
}

/** Links the user may open in the OS browser: plain http(s) with a host and no credentials. */
export function isExternalLink(url: string): boolean {
  const target = parse(url);
  if (target === null) return false;
  return (
    (target.protocol === 'https:' || target.protocol === 'http:') &&
    target.hostname !== '' &&
    target.username === '' &&
    target.password === ''
  );
}

/** The parts of `webContents` the guard needs, so it is tested with a fake. */
export interface GuardedContents {
  on(
    event: 'will-navigate',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps the window on the app: navigation elsewhere is stopped, new windows are always denied,
 * and http(s) links go to the OS browser instead.
 */
export function guardNavigation(
  contents: GuardedContents,
  appUrl: string,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    if (isExternalLink(url)) openExternal(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
