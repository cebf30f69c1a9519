import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../electron/app-protocol';

const root = '/opt/telaah/renderer';

describe('resolveAppRequest', () => {
  it('maps app URLs to files in the renderer folder', () => {
    expect(resolveAppRequest('telaah://app/assets/index.js', root)).toBe(
      join(root, 'assets/index.js'),
    );
    expect(resolveAppRequest('telaah://app/', root)).toBe(join(root, 'index.html'));
  });

  it('answers index.html for client routes', () => {
    expect(resolveAppRequest('telaah://app/codes/123', root)).toBe(join(root, 'index.html'));
  });

  it('refuses other hosts, schemes and traversal', () => {
    expect(resolveAppRequest('telaah://other/index.html', root)).toBeNull();
    expect(resolveAppRequest('file:///etc/passwd', root)).toBeNull();
    expect(resolveAppRequest('telaah://app/assets/..%2f..%2f..%2fetc/passwd', root)).toBeNull();
  });

  it('keeps URL-normalised dot segments inside the renderer folder', () => {
    expect(resolveAppRequest('telaah://app/%2e%2e/%2e%2e/etc/passwd', root)).toBe(
      join(root, 'index.html'),
    );
  });
});
