import { fileURLToPath } from 'node:url';
import type { Dispatch } from '../../core/api/dispatch';
import { createAppDispatch } from '../../core/api/create-app-dispatch';
import { ensureRendererBuilt, rendererOutDir } from '../../core/server/renderer-build';
import { startServer, type RunningServer } from '../../core/server/start-server';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TEST_VERSION = '0.0.0-e2e';

export interface TestServer extends RunningServer {
  dispatch: Dispatch;
}

/**
 * The real browser-mode server on a free port, in this process, over the real app dispatch and
 * the built renderer (built first when missing or stale).
 */
export async function serveApp(): Promise<TestServer> {
  await ensureRendererBuilt(PROJECT_ROOT, () => undefined);
  const app = createAppDispatch({ version: TEST_VERSION, settingsFile: null });
  const server = await startServer({
    dispatch: app.dispatch,
    staticDir: rendererOutDir(PROJECT_ROOT),
    port: 0,
    host: '127.0.0.1',
  });
  return {
    ...server,
    dispatch: app.dispatch,
    async close() {
      await server.close();
      app.close();
    },
  };
}
