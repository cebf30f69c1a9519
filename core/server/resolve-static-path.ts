import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/**
 * Maps a URL path to a file inside `root`, or `null` when it would leave the folder (`..`,
 * encoded separators, NUL bytes) so no request can read files beside the built renderer.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const file = normalize(join(root, ...segments));
  const inside = relative(root, file);
  if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}
