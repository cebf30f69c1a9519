import { defineConfig } from 'vite';

// Forge merges its main-process defaults with this; the package is ESM, so the bundle is .cjs.
export default defineConfig({
  // pdf.js calls createRequire(import.meta.url), which CommonJS output would turn into {}.
  define: { 'import.meta.url': 'require("node:url").pathToFileURL(__filename).href' },
  build: {
    lib: {
      entry: 'electron/main.ts',
      formats: ['cjs'],
      fileName: () => 'main.cjs',
    },
    rollupOptions: {
      external: ['electron', 'better-sqlite3'],
    },
    sourcemap: true,
  },
});
