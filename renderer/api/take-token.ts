/** Where the browser-mode access token is kept for reloads of the same tab. */
export const TOKEN_STORAGE_KEY = 'telaah.token';

/**
 * Reads the browser-mode token from `?token=` once, keeps it for reloads of this tab, and
 * removes it from the address bar so it is not left in history or shared by copy-paste.
 */
export function takeToken(
  location: Pick<Location, 'href'>,
  history: Pick<History, 'replaceState' | 'state'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl === null) return storage.getItem(TOKEN_STORAGE_KEY);
  storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
  url.searchParams.delete('token');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return fromUrl;
}
