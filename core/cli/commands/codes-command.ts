import { listCodes } from '../../coding/list-codes';
import { formatTable } from '../format-table';
import { jsonOption, printJson, type Command } from '../command';
import { withProject } from '../open-cli-project';

export const codesCommand: Command = {
  name: 'codes',
  minPositionals: 1,
  options: { ...jsonOption },
  async run(args, io) {
    const codes = await withProject(args, io, 'read', (ctx) => listCodes(ctx));
    if (args.values.json === true) {
      printJson(io, codes);
      return;
    }
    io.out(
      formatTable(
        ['id', 'path', 'colour', 'codings'],
        codes.map((c) => [c.id, c.path, c.color, c.codingCount]),
      ),
    );
  },
};
