import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TelaahError } from '../../errors';
import { exportCodingsCsv } from '../../exchange/export-codings-csv';
import { stringValue, type Command } from '../command';
import { withProject } from '../open-cli-project';

const FORMATS = ['csv'] as const;

export const exportCommand: Command = {
  name: 'export',
  minPositionals: 1,
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run(args, io) {
    const format = stringValue(args, 'format') ?? 'csv';
    const out = stringValue(args, 'out');
    if (!FORMATS.includes(format as (typeof FORMATS)[number])) {
      throw new TelaahError(
        'invalid_input',
        `Unknown export format “${format}”. Use: ${FORMATS.join(', ')}.`,
        {
          detail: `--format ${format}`,
        },
      );
    }
    if (out === undefined) {
      throw new TelaahError('invalid_input', 'Say where to write the export with --out <file>.', {
        detail: '--out',
      });
    }
    const csv = await withProject(args, io, 'read', (ctx) => exportCodingsCsv(ctx));
    const file = resolve(io.cwd, out);
    writeFileSync(file, csv);
    io.out(`Wrote ${file}`);
  },
};
