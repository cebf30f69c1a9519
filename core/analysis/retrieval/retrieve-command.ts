import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { RetrievalQuery } from '../../api/contracts/retrieval';
import { formatTable } from '../../cli/format-table';
import {
  coderOption,
  jsonOption,
  printJson,
  stringValue,
  stringValues,
  type Command,
} from '../../cli/command';
import { withProject } from '../../cli/open-cli-project';
import { resolveCode } from '../../coding/resolve-code';
import type { Ctx } from '../../context';
import { resolveDocument } from '../../documents/resolve-document';
import { TelaahError } from '../../errors';
import { exportRetrieval } from './export-retrieval';
import { parseQueryText } from './parse-query-text';
import { runRetrieval } from './run-retrieval';
import { createSavedQuery, listSavedQueries } from './saved-queries';

/**
 * `telaah retrieve <project> "<query>"` or `--query <saved name>`: prints the excerpts, or
 * writes them with `--out file.csv|xlsx|docx`; `--save <name>` keeps the query.
 */
export const retrieveCommand: Command = {
  name: 'retrieve',
  minPositionals: 1,
  options: {
    ...jsonOption,
    ...coderOption,
    query: { type: 'string' },
    save: { type: 'string' },
    out: { type: 'string' },
    doc: { type: 'string', multiple: true },
    case: { type: 'string', multiple: true },
    by: { type: 'string', multiple: true },
    exact: { type: 'boolean' },
    'same-coder': { type: 'boolean' },
  },
  async run(args, io) {
    const save = stringValue(args, 'save');
    const out = stringValue(args, 'out');
    const result = await withProject(
      args,
      io,
      save === undefined ? 'read' : 'write',
      async (ctx) => {
        const query = buildQuery(ctx, args.positionals[1], args);
        if (save !== undefined) createSavedQuery(ctx, { name: save, definition: query });
        if (out !== undefined) {
          const format = extname(out).slice(1).toLowerCase();
          if (format !== 'csv' && format !== 'xlsx' && format !== 'docx') {
            throw new TelaahError(
              'invalid_input',
              'Invalid input: --out must end in .csv, .xlsx or .docx.',
              {
                detail: '--out',
              },
            );
          }
          const file = await exportRetrieval(ctx, {
            query,
            format,
            language: stringValue(args, 'lang') === 'id' ? 'id' : 'en',
          });
          const path = resolve(io.cwd, out);
          writeFileSync(path, Buffer.from(file.base64, 'base64'));
          return { wrote: path, rows: [] };
        }
        return { wrote: null, rows: runRetrieval(ctx, query).rows };
      },
    );
    if (result.wrote !== null) {
      io.out(`Wrote ${result.wrote}`);
      return;
    }
    if (args.values.json === true) {
      printJson(
        io,
        result.rows.map((row) => ({ id: row.key, ...row })),
      );
      return;
    }
    io.out(
      formatTable(
        ['document', 'page', 'codes', 'coder', 'quote'],
        result.rows.map((r) => [
          r.documentTitle,
          r.page?.label ?? r.page?.page ?? null,
          r.codePaths.join(', '),
          r.coderNames.join(', '),
          oneLine(r.quote, 80),
        ]),
      ),
    );
  },
};

function buildQuery(
  ctx: Ctx,
  text: string | undefined,
  args: Parameters<Command['run']>[0],
): RetrievalQuery {
  const savedName = stringValue(args, 'query');
  if (savedName !== undefined) {
    const saved = listSavedQueries(ctx).find(
      (q) => q.name.toLowerCase() === savedName.toLowerCase(),
    );
    if (saved === undefined) {
      throw new TelaahError('not_found', `Saved query not found: ${savedName}`, {
        what: 'Saved query',
        name: savedName,
      });
    }
    return saved.definition;
  }
  if (text === undefined || text.trim() === '') {
    throw new TelaahError(
      'invalid_input',
      'Invalid input: give a query, e.g. "identity AND norm".',
      {
        detail: 'query',
      },
    );
  }
  const coders = stringValues(args, 'by');
  const coderIds = coders.map((name) => {
    const id = ctx.db.$client
      .prepare('select id from coders where id = ? or name = ? collate nocase')
      .pluck()
      .get(name, name) as string | undefined;
    if (id === undefined) {
      throw new TelaahError('not_found', `Coder not found: ${name}`, { what: 'Coder', name });
    }
    return id;
  });
  const caseIds = stringValues(args, 'case').map((name) => {
    const id = ctx.db.$client
      .prepare('select id from cases where id = ? or name = ? collate nocase')
      .pluck()
      .get(name, name) as string | undefined;
    if (id === undefined)
      throw new TelaahError('not_found', `Case not found: ${name}`, { what: 'Case', name });
    return id;
  });
  const documentIds = stringValues(args, 'doc').map((doc) => resolveDocument(ctx, doc).id);
  return {
    root: parseQueryText(text, (ref) => resolveCode(ctx, ref).id, {
      exact: args.values.exact === true,
      sameCoder: args.values['same-coder'] === true,
    }),
    filters: {
      ...(documentIds.length > 0 ? { documentIds } : {}),
      ...(caseIds.length > 0 ? { caseIds } : {}),
      ...(coderIds.length > 0 ? { coderIds } : {}),
    },
  };
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
