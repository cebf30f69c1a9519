import { searchText } from '../../search/search-text';
import { formatTable } from '../format-table';
import { intValue, jsonOption, printJson, type Command } from '../command';
import { withProject } from '../open-cli-project';

export const searchCommand: Command = {
  name: 'search',
  minPositionals: 2,
  options: { ...jsonOption, limit: { type: 'string' } },
  async run(args, io) {
    const query = args.positionals.slice(1).join(' ');
    const limit = intValue(args, 'limit') ?? 100;
    const hits = await withProject(args, io, 'read', (ctx) => searchText(ctx, query, { limit }));
    if (args.values.json === true) {
      printJson(
        io,
        hits.map((h) => ({ id: `${h.documentId}:${h.start}-${h.end}`, ...h })),
      );
      return;
    }
    io.out(
      formatTable(
        ['document', 'page', 'start', 'end', 'snippet'],
        hits.map((h) => [
          h.title,
          h.page?.label ?? h.page?.page ?? null,
          h.start,
          h.end,
          h.snippet,
        ]),
      ),
    );
  },
};
