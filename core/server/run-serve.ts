import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { createAppDispatch } from '../api/create-app-dispatch';
import { parseServeArgs, SERVE_USAGE } from './parse-serve-args';
import { ensureRendererBuilt, rendererOutDir } from './renderer-build';
import { startServer } from './start-server';

/**
 * `npm run serve`: builds the renderer when needed, hosts the app dispatch on 127.0.0.1 and
 * runs until SIGINT/SIGTERM, then closes the server and the open project.
 */
export async function runServe(argv: readonly string[], projectRoot: string): Promise<number> {
  let args;
  try {
    args = parseServeArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (args.help) {
    console.log(SERVE_USAGE);
    return 0;
  }

  await ensureRendererBuilt(projectRoot, (line) => {
    console.log(line);
  });
  const pkg = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const app = createAppDispatch({ version: pkg.version });

  if (args.project !== null) {
    const coder = args.coder ?? process.env.TELAAH_CODER ?? userInfo().username;
    const opened = await app.dispatch('project.open', { file: resolve(args.project), coder });
    if (!opened.ok) {
      console.error(opened.error.message);
      app.close();
      return 1;
    }
  }

  const server = await startServer({
    dispatch: app.dispatch,
    staticDir: rendererOutDir(projectRoot),
    port: args.port,
    host: '127.0.0.1',
  });
  console.log(`Telaah is running in browser mode: ${server.url}`);
  if (args.project !== null) console.log(`Project: ${resolve(args.project)}`);
  console.log('Open that address in your browser. Press Ctrl+C to stop.');

  // Stays subscribed: a second Ctrl+C (or the wrapper forwarding it) must not kill the close.
  await new Promise<void>((done) => {
    process.on('SIGINT', () => {
      done();
    });
    process.on('SIGTERM', () => {
      done();
    });
  });
  console.log('\nStopping Telaah…');
  await server.close();
  app.close();
  return 0;
}
