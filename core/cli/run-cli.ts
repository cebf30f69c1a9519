import { parseArgs } from 'node:util';
import { isTelaahError } from '../errors';
import { localizeError } from '../i18n/error-messages';
import { toLanguage } from '../i18n/language';
import type { CliIo } from './cli-io';
import type { Command } from './command';
import { agreementCommand } from './commands/agreement-command';
import { codeCommand } from './commands/code-command';
import { codesCommand } from './commands/codes-command';
import { docsCommand } from './commands/docs-command';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { mergeCommand } from './commands/merge-command';
import { newCommand } from './commands/new-command';
import { reviewCommand } from './commands/review-command';
import { retrieveCommand } from '../analysis/retrieval/retrieve-command';
import { searchCommand } from './commands/search-command';
import { segmentsCommand } from './commands/segments-command';
import { textCommand } from './commands/text-command';
import { USAGE } from './usage';

const COMMANDS: readonly Command[] = [
  newCommand,
  importCommand,
  docsCommand,
  textCommand,
  codesCommand,
  codeCommand,
  segmentsCommand,
  retrieveCommand,
  searchCommand,
  exportCommand,
  mergeCommand,
  agreementCommand,
  reviewCommand,
];

/** Exit codes: 0 success, 1 user error (with a message), 2 internal error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command “${name}”.\n\n${USAGE}`);
    return 1;
  }
  let language = toLanguage(io.env.TELAAH_LANG ?? io.env.LANG);
  try {
    const { positionals, values } = parseArgs({
      args: [...rest],
      options: { ...command.options, lang: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (typeof values.lang === 'string') language = toLanguage(values.lang);
    if (positionals.length < command.minPositionals) {
      io.err(`telaah ${name}: missing arguments.\n\n${USAGE}`);
      return 1;
    }
    await command.run({ positionals, values }, io);
    return 0;
  } catch (error) {
    if (isTelaahError(error)) {
      io.err(localizeError(error, language));
      return error.code === 'internal' ? 2 : 1;
    }
    if (isParseArgsError(error)) {
      io.err(`telaah ${name}: ${error.message}`);
      return 1;
    }
    io.err(
      `Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 2;
  }
}

function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
