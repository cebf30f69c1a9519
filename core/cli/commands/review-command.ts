import { resolve } from 'node:path';
import { listCoders } from '../../coding/coders';
import { resolveCode } from '../../coding/resolve-code';
import { resolveDocument } from '../../documents/resolve-document';
import { TelaahError } from '../../errors';
import { receiveReview } from '../../review/receive-review';
import { reviewQueue } from '../../review/review-queue';
import { REVIEW_STATES, type ReviewState } from '../../review/review-state';
import type { Ctx } from '../../context';
import { coderOption, jsonOption, printJson, stringValue, type Command } from '../command';
import { formatTable } from '../format-table';
import { withProject } from '../open-cli-project';

/**
 * `telaah review <project>` lists the review queue (filtered by state, code, coder, document);
 * `--receive <reviewed.telaah>` takes a reviewer's decisions and comments into the project.
 */
export const reviewCommand: Command = {
  name: 'review',
  minPositionals: 1,
  options: {
    ...jsonOption,
    ...coderOption,
    state: { type: 'string' },
    code: { type: 'string' },
    by: { type: 'string' },
    doc: { type: 'string' },
    receive: { type: 'string' },
  },
  async run(args, io) {
    const receive = stringValue(args, 'receive');
    if (receive !== undefined) {
      const file = resolve(io.cwd, receive);
      const result = await withProject(args, io, 'write', (ctx, project) =>
        receiveReview(ctx, project.file, file),
      );
      if (args.values.json === true) {
        printJson(
          io,
          result.decisions.map((d) => ({ id: d.codingId, ...d })),
        );
        return;
      }
      io.out(
        `Received ${result.decisions.length} decisions and ${result.comments.length} comments` +
          (result.decisionsNotFound + result.commentsNotFound > 0
            ? `; ${result.decisionsNotFound} decisions and ${result.commentsNotFound} comments are on codings no longer here`
            : '') +
          (result.keptNewer > 0
            ? `; kept ${result.keptNewer} newer decisions of this project`
            : '') +
          '.',
      );
      for (const d of result.decisions) {
        io.out(
          `  ${d.before} → ${d.after}  ${d.codeName}  ${d.documentTitle}: “${oneLine(d.quote, 60)}”`,
        );
      }
      return;
    }
    const state = stringValue(args, 'state');
    if (state !== undefined && !(REVIEW_STATES as readonly string[]).includes(state)) {
      throw new TelaahError(
        'invalid_input',
        `Unknown review state “${state}”. Use: ${REVIEW_STATES.join(', ')}.`,
        { detail: `--state ${state}` },
      );
    }
    const queue = await withProject(args, io, 'read', (ctx) =>
      reviewQueue(ctx, {
        ...(state === undefined ? {} : { state: state as ReviewState }),
        ...codeFilter(ctx, stringValue(args, 'code')),
        ...coderFilter(ctx, stringValue(args, 'by')),
        ...docFilter(ctx, stringValue(args, 'doc')),
      }),
    );
    if (args.values.json === true) {
      printJson(io, queue.items);
      return;
    }
    const p = queue.progress;
    io.out(
      formatTable(
        ['id', 'state', 'code', 'coder', 'document', 'page', 'quote'],
        queue.items.map((i) => [
          i.id,
          i.reviewState,
          i.code.path,
          i.coderName,
          i.documentTitle,
          i.page?.label ?? i.page?.page ?? null,
          oneLine(i.quote, 60),
        ]),
      ),
    );
    io.out(
      `${p.total - p.proposed} of ${p.total} reviewed: ${p.accepted} accepted, ${p.rejected} rejected, ${p.discuss} to discuss, ${p.proposed} open.`,
    );
  },
};

function codeFilter(ctx: Ctx, name: string | undefined) {
  return name === undefined ? {} : { codeId: resolveCode(ctx, name).id, includeSubcodes: true };
}

function docFilter(ctx: Ctx, doc: string | undefined) {
  return doc === undefined ? {} : { documentId: resolveDocument(ctx, doc).id };
}

function coderFilter(ctx: Ctx, name: string | undefined) {
  if (name === undefined) return {};
  const coder = listCoders(ctx.db).find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (coder === undefined) {
    throw new TelaahError('not_found', `Coder not found: ${name}`, { what: 'Coder', name });
  }
  return { coderId: coder.id };
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
