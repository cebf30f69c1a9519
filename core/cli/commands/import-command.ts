import { resolve } from 'node:path';
import { importFiles } from '../../import/import-files';
import { localizeError } from '../../i18n/error-messages';
import { TelaahError } from '../../errors';
import { coderOption, stringValue, type Command } from '../command';
import { withProject } from '../open-cli-project';
import { cliLanguage } from '../cli-language';

export const importCommand: Command = {
  name: 'import',
  minPositionals: 2,
  options: { ...coderOption, password: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const files = args.positionals.slice(1).map((f) => resolve(io.cwd, f));
    const language = cliLanguage(args, io);
    const password = stringValue(args, 'password');
    const outcomes = await withProject(args, io, 'write', (ctx) =>
      importFiles(ctx, files, {
        ...(password === undefined ? {} : { password }),
        onStart: (p) => {
          if (args.values.json !== true) io.err(`[${p.index + 1}/${p.total}] ${p.file} …`);
        },
      }),
    );
    if (args.values.json === true) {
      io.out(
        JSON.stringify(
          outcomes.map((o) =>
            o.ok
              ? { id: o.document.id, file: o.file, ok: true, title: o.document.title }
              : {
                  id: null,
                  file: o.file,
                  ok: false,
                  code: o.error.code,
                  message: localizeError(o.error, language),
                },
          ),
          null,
          2,
        ),
      );
    } else {
      for (const o of outcomes) {
        io.out(
          o.ok
            ? `ok      ${o.file} → “${o.document.title}” (${o.document.id})`
            : `failed  ${o.file}: ${localizeError(o.error, language)}`,
        );
      }
    }
    const failed = outcomes.filter((o) => !o.ok).length;
    if (failed > 0) {
      throw new TelaahError(
        'import_failed',
        `${failed} of ${outcomes.length} files could not be imported.`,
        { failed, total: outcomes.length },
      );
    }
  },
};
