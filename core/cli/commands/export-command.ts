import { resolve } from 'node:path';
import { TelaahError } from '../../errors';
import { stringValue, type Command } from '../command';
import { EXPORT_FORMATS } from '../export-formats/all-formats';
import { withProject } from '../open-cli-project';

export const exportCommand: Command = {
  name: 'export',
  minPositionals: 1,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    status: { type: 'string', multiple: true },
    display: { type: 'string', multiple: true },
    'no-codebook': { type: 'boolean' },
  },
  async run(args, io) {
    const name = stringValue(args, 'format') ?? 'csv';
    const out = stringValue(args, 'out');
    const format = EXPORT_FORMATS.find((f) => f.name === name);
    if (format === undefined) {
      throw new TelaahError(
        'invalid_input',
        `Unknown export format “${name}”. Use: ${EXPORT_FORMATS.map((f) => f.name).join(', ')}.`,
        { detail: `--format ${name}` },
      );
    }
    if (out === undefined) {
      throw new TelaahError('invalid_input', 'Say where to write the export with --out <file>.', {
        detail: '--out',
      });
    }
    const file = resolve(io.cwd, out);
    await withProject(args, io, 'read', (ctx) => format.write(ctx, file, args));
    io.out(`Wrote ${file}`);
  },
};
