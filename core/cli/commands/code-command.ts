import { codeRange } from '../../coding/code-range';
import { findQuote } from '../../coding/find-quote';
import { resolveCode } from '../../coding/resolve-code';
import { getDocument } from '../../documents/get-document';
import { resolveDocument } from '../../documents/resolve-document';
import { TelaahError } from '../../errors';
import {
  coderOption,
  intValue,
  jsonOption,
  printJson,
  stringValue,
  stringValues,
  type Command,
} from '../command';
import { withProject } from '../open-cli-project';

export const codeCommand: Command = {
  name: 'code',
  minPositionals: 2,
  options: {
    ...coderOption,
    ...jsonOption,
    code: { type: 'string', multiple: true },
    quote: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
  },
  async run(args, io) {
    const codeNames = stringValues(args, 'code');
    if (codeNames.length === 0) {
      throw new TelaahError('invalid_input', 'Name at least one code with --code <name>.', {
        detail: '--code',
      });
    }
    const segment = await withProject(args, io, 'write', (ctx) => {
      const doc = getDocument(ctx, resolveDocument(ctx, args.positionals[1] ?? '').id);
      const codeIds = codeNames.map((name) => resolveCode(ctx, name).id);
      const range = rangeFromArgs(args, doc.text, doc.title);
      return codeRange(ctx, { documentId: doc.id, ...range, codeIds });
    });
    if (args.values.json === true) {
      printJson(io, [segment]);
      return;
    }
    io.out(`Coded ${segment.start}–${segment.end} (${segment.id}): “${segment.quote}”`);
  },
};

function rangeFromArgs(
  args: Parameters<Command['run']>[0],
  text: string,
  title: string,
): { start: number; end: number } {
  const quote = stringValue(args, 'quote');
  const start = intValue(args, 'start');
  const end = intValue(args, 'end');
  if (quote !== undefined && start === undefined && end === undefined) {
    return findQuote(text, quote, title);
  }
  if (quote === undefined && start !== undefined && end !== undefined) return { start, end };
  throw new TelaahError(
    'invalid_input',
    'Give either --quote "<text>" or both --start and --end.',
    {
      detail: '--quote | --start --end',
    },
  );
}
