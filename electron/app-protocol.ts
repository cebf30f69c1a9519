import { extname } from 'node:path';
import { resolveStaticPath } from '../core/server/resolve-static-path';

/**
 * The packaged renderer is served from `telaah://app/` rather than `file://`, so it has a real
 * origin that CSP `'self'`, navigation and IPC sender checks can compare against.
 */
export const APP_SCHEME = 'telaah';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** The file a `telaah://app/...` request reads, or `null` for other hosts and traversal. */
export function resolveAppRequest(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'app') return null;
  const pathname = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  const file = resolveStaticPath(root, pathname);
  if (file === null) return null;
  return extname(file) === '' ? resolveStaticPath(root, '/index.html') : file;
}
