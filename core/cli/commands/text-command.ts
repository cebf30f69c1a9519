import { getDocument } from '../../documents/get-document';
import { resolveDocument } from '../../documents/resolve-document';
import type { Command } from '../command';
import { withProject } from '../open-cli-project';

export const textCommand: Command = {
  name: 'text',
  minPositionals: 2,
  options: {},
  async run(args, io) {
    const text = await withProject(args, io, 'read', (ctx) => {
      const doc = resolveDocument(ctx, args.positionals[1] ?? '');
      return getDocument(ctx, doc.id).text;
    });
    io.out(text);
  },
};
