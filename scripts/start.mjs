// `npm start`: the desktop app when the Electron binary is installed, browser mode otherwise.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Mirrors node_modules/electron/index.js without its side effect of downloading the binary.
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (electronBinary() !== null && !process.argv.includes('--browser')) {
  run(join(root, 'node_modules', '.bin', 'electron-forge'), ['start', ...process.argv.slice(2)]);
} else {
  console.log(
    'The Telaah desktop binary (Electron) is not installed on this machine, so Telaah starts in ' +
      'browser mode instead: the same app, served only to this computer on 127.0.0.1 and ' +
      'protected by a one-time access token. Open the address printed below in your browser. ' +
      'To get the desktop app, install Electron where downloads are allowed (npx install-electron) ' +
      'and run npm start again.\n',
  );
  run(process.execPath, [
    join(root, 'bin', 'serve.mjs'),
    ...process.argv.slice(2).filter((a) => a !== '--browser'),
  ]);
}
