import { listDocuments } from '../../documents/list-documents';
import { formatTable } from '../format-table';
import { jsonOption, printJson, type Command } from '../command';
import { withProject } from '../open-cli-project';

export const docsCommand: Command = {
  name: 'docs',
  minPositionals: 1,
  options: { ...jsonOption },
  async run(args, io) {
    const docs = await withProject(args, io, 'read', (ctx) => listDocuments(ctx));
    if (args.values.json === true) {
      printJson(io, docs);
      return;
    }
    io.out(
      formatTable(
        ['id', 'title', 'kind', 'pages', 'segments'],
        docs.map((d) => [d.id, d.title, d.kind, d.pageCount, d.segmentCount]),
      ),
    );
  },
};
