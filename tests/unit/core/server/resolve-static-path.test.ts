import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../../core/server/resolve-static-path';

const root = join('/srv', 'app');

describe('resolveStaticPath', () => {
  it('maps a URL path to a file inside the root', () => {
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'));
    expect(resolveStaticPath(root, '/')).toBe(root);
  });

  it('decodes percent-encoded names', () => {
    expect(resolveStaticPath(root, '/a%20b.png')).toBe(join(root, 'a b.png'));
  });

  it('refuses dot segments, encoded or not', () => {
    expect(resolveStaticPath(root, '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/assets/..%2f..%2fetc')).toBeNull();
  });

  it('refuses backslashes, NUL bytes and malformed escapes', () => {
    expect(resolveStaticPath(root, '/..%5c..%5cwin.ini')).toBeNull();
    expect(resolveStaticPath(root, '/index.html%00.js')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
  });
});
