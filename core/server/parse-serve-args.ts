export interface ServeArgs {
  port: number;
  project: string | null;
  coder: string | null;
  help: boolean;
}

export const SERVE_USAGE = `Usage: npm run serve -- [--port N] [--project <file.telaah>] [--coder NAME]

Starts Telaah in browser mode on 127.0.0.1 and prints the address to open.
  --port N        listen on port N (default: a free port)
  --project FILE  open this project at start
  --coder NAME    who is coding in that project (default: $TELAAH_CODER, then your user name)`;

/** Parses `serve` options; throws an Error with a readable message on bad input. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const args: ServeArgs = { port: 0, project: null, coder: null, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--help' || arg === '-h') {
      args.help = true;
    } else if (arg === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`--port needs a number from 0 to 65535, not "${value ?? ''}".`);
      }
      args.port = port;
      i += 1;
    } else if (arg === '--project' || arg === '--coder') {
      if (value === undefined || value.startsWith('--')) {
        throw new Error(`${arg} needs a ${arg === '--project' ? 'file' : 'name'}.`);
      }
      if (arg === '--project') args.project = value;
      else args.coder = value;
      i += 1;
    } else {
      throw new Error(`Unknown option "${arg ?? ''}".\n\n${SERVE_USAGE}`);
    }
  }
  return args;
}
