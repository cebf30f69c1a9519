import { listSegments } from '../../coding/list-segments';
import { resolveCode } from '../../coding/resolve-code';
import { resolveDocument } from '../../documents/resolve-document';
import { formatTable } from '../format-table';
import { jsonOption, printJson, stringValue, type Command } from '../command';
import { withProject } from '../open-cli-project';

export const segmentsCommand: Command = {
  name: 'segments',
  minPositionals: 1,
  options: { ...jsonOption, code: { type: 'string' }, doc: { type: 'string' } },
  async run(args, io) {
    const segments = await withProject(args, io, 'read', (ctx) => {
      const code = stringValue(args, 'code');
      const doc = stringValue(args, 'doc');
      return listSegments(ctx, {
        ...(code === undefined ? {} : { codeId: resolveCode(ctx, code).id, includeSubcodes: true }),
        ...(doc === undefined ? {} : { documentId: resolveDocument(ctx, doc).id }),
      });
    });
    if (args.values.json === true) {
      printJson(io, segments);
      return;
    }
    io.out(
      formatTable(
        ['id', 'document', 'page', 'codes', 'quote'],
        segments.map((s) => [
          s.id,
          s.documentTitle,
          s.page?.label ?? s.page?.page ?? null,
          s.codePaths.join(', '),
          oneLine(s.quote, 80),
        ]),
      ),
    );
  },
};

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
