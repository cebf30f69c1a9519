import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './core/server/content-security-policy';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/**
 * Keeps the meta CSP equal to the one the servers send (a build fails on drift) and, under the
 * dev server only, allows the inline preamble and websocket that hot reload needs.
 */
function contentSecurityPolicy(): Plugin {
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'telaah:csp',
    configResolved(config) {
      command = config.command;
    },
    transformIndexHtml(html) {
      const match = CSP_META.exec(html);
      if (!match) throw new Error('renderer/index.html has no Content-Security-Policy meta tag.');
      if (command === 'serve') {
        const dev = CONTENT_SECURITY_POLICY.replace(
          "script-src 'self'",
          "script-src 'self' 'unsafe-inline'",
        ).replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
        return html.replace(CSP_META, `$1${dev}$3`);
      }
      if (match[2] !== CONTENT_SECURITY_POLICY) {
        throw new Error(
          'The CSP meta tag in renderer/index.html differs from CONTENT_SECURITY_POLICY.',
        );
      }
      return html;
    },
  };
}

// Builds to the Forge Vite layout so the packaged app and browser mode serve the same files.
export default defineConfig({
  root: `${projectRoot}renderer`,
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: `${projectRoot}.vite/renderer/main_window`,
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
  },
  server: { strictPort: false },
  clearScreen: false,
});
