import { defineConfig } from 'vite';

// Sandboxed preloads are one CommonJS file with no imports but 'electron'.
export default defineConfig({
  build: {
    rollupOptions: {
      external: ['electron'],
      output: {
        format: 'cjs',
        inlineDynamicImports: true,
        entryFileNames: 'preload.cjs',
      },
    },
  },
});
