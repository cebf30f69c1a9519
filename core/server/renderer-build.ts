import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the Vite renderer build lands, shared with Electron Forge's layout.
 * `TELAAH_RENDERER_OUT` (a folder under the project) moves it, so parallel test runs of
 * different checkouts or agents do not overwrite each other's build.
 */
export function rendererOutDir(projectRoot: string): string {
  const override = process.env.TELAAH_RENDERER_OUT;
  if (override !== undefined && override !== '') return join(projectRoot, override);
  return join(projectRoot, '.vite', 'renderer', 'main_window');
}

// Everything the renderer bundle may import: its own folder and core (contracts reach into
// feature folders for their enums and schemas).
const SOURCES = ['renderer', 'core', 'electron/bridge-api.ts', 'vite.renderer.config.mts'];

/** True when the built index.html is missing or older than any renderer source. */
export function isRendererStale(projectRoot: string): boolean {
  const index = join(rendererOutDir(projectRoot), 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(projectRoot, source)) > builtAt);
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds the renderer with Vite when it is stale. Development entry points only (serve, e2e):
 * Vite is a dev dependency and a packaged app ships its renderer prebuilt.
 */
export async function ensureRendererBuilt(projectRoot: string, log: (line: string) => void) {
  if (!isRendererStale(projectRoot)) return;
  log('Building the interface (first run or sources changed)…');
  const { build } = await import('vite');
  await build({
    configFile: join(projectRoot, 'vite.renderer.config.mts'),
    logLevel: 'warn',
    build: { outDir: rendererOutDir(projectRoot) },
  });
}
