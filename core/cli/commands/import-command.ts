import { extname, resolve } from 'node:path';
import { importFiles } from '../../import/import-files';
import { applyCodebookImport } from '../../exchange/codebook/apply-codebook-import';
import { readCodebookFile } from '../../exchange/codebook/read-codebook-file';
import { importProjectFile } from '../../exchange/refi/import-project-file';
import { describeOffsetIssue } from '../../exchange/refi/skip-reason';
import type { CliIo } from '../cli-io';
import { localizeError } from '../../i18n/error-messages';
import { TelaahError } from '../../errors';
import { coderOption, printJson, stringValue, type Command, type CommandArgs } from '../command';
import { withProject } from '../open-cli-project';
import { cliLanguage } from '../cli-language';

export const importCommand: Command = {
  name: 'import',
  minPositionals: 2,
  options: { ...coderOption, password: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const files = args.positionals.slice(1).map((f) => resolve(io.cwd, f));
    const language = cliLanguage(args, io);
    // REFI-QDA projects and codebooks (and codebook CSVs) go to the exchange importers
    const exchange = files.filter(isExchangeFile);
    if (exchange.length > 0) {
      if (exchange.length !== files.length) {
        throw new TelaahError(
          'invalid_input',
          'Import a REFI-QDA or codebook file on its own, not together with papers.',
          { detail: 'import a REFI-QDA or codebook file on its own' },
        );
      }
      for (const file of exchange) await runExchangeImport(args, io, file);
      return;
    }
    const password = stringValue(args, 'password');
    const outcomes = await withProject(args, io, 'write', (ctx) =>
      importFiles(ctx, files, {
        ...(password === undefined ? {} : { password }),
        onStart: (p) => {
          if (args.values.json !== true) io.err(`[${p.index + 1}/${p.total}] ${p.file} …`);
        },
      }),
    );
    if (args.values.json === true) {
      io.out(
        JSON.stringify(
          outcomes.map((o) =>
            o.ok
              ? { id: o.document.id, file: o.file, ok: true, title: o.document.title }
              : {
                  id: null,
                  file: o.file,
                  ok: false,
                  code: o.error.code,
                  message: localizeError(o.error, language),
                },
          ),
          null,
          2,
        ),
      );
    } else {
      for (const o of outcomes) {
        io.out(
          o.ok
            ? `ok      ${o.file} → “${o.document.title}” (${o.document.id})`
            : `failed  ${o.file}: ${localizeError(o.error, language)}`,
        );
      }
    }
    const failed = outcomes.filter((o) => !o.ok).length;
    if (failed > 0) {
      throw new TelaahError(
        'import_failed',
        `${failed} of ${outcomes.length} files could not be imported.`,
        { failed, total: outcomes.length },
      );
    }
  },
};

/** .qdpx, .qde and .qdc files, and CSV files (codebooks: papers are never CSV). */
function isExchangeFile(file: string): boolean {
  return ['.qdpx', '.qde', '.qdc', '.csv'].includes(extname(file).toLowerCase());
}

/**
 * `telaah import <project> <file.qdpx|.qde>` imports a whole project; `.qdc` and `.csv` import
 * a codebook. Both are one undoable change; `--json` prints what was done as objects with ids.
 */
async function runExchangeImport(args: CommandArgs, io: CliIo, file: string): Promise<void> {
  const json = args.values.json === true;
  const ext = extname(file).toLowerCase();
  if (ext === '.qdpx' || ext === '.qde') {
    const report = await withProject(args, io, 'write', (ctx) => importProjectFile(ctx, file));
    if (json) {
      printJson(io, [{ id: file, kind: 'project', ...report }]);
      return;
    }
    const c = report.counts;
    io.out(
      `Imported ${file} (${report.origin || 'unknown tool'}; positions as ${report.offsetUnit})`,
    );
    io.out(
      `  ${c.documents} documents, ${c.codesAdded} new codes (${c.codesMatched} matched), ${c.segments} segments, ${c.codings} codings, ${c.memos} memos, ${c.cases} cases, ${c.variables} variables, ${c.sets} sets, ${c.coders} coders`,
    );
    for (const issue of report.offsetIssues) {
      io.out(
        `  ${issue.kind.padEnd(10)} ${issue.source}: ${issue.selection || `${issue.start}–${issue.end}`} (${describeOffsetIssue(issue)})`,
      );
    }
    for (const s of report.skipped) io.out(`  not imported  ${s.what} ${s.name}: ${s.reason}`);
    return;
  }
  const plan = await withProject(args, io, 'write', async (ctx) =>
    applyCodebookImport(ctx, await readCodebookFile(file)),
  );
  if (json) {
    printJson(io, [
      ...plan.added.map((a) => ({ id: a.id ?? a.guid, status: 'added', path: a.path })),
      ...plan.changed.map((c) => ({
        id: c.id,
        status: 'changed',
        path: c.path,
        changes: c.changes,
      })),
      ...plan.unchanged.map((u) => ({ id: u.id, status: 'unchanged', path: u.path })),
      ...plan.conflicts.map((c) => ({
        id: null,
        status: 'conflict',
        path: c.path,
        detail: c.detail,
      })),
    ]);
    return;
  }
  io.out(
    `Codebook ${file}: ${plan.added.length} added, ${plan.changed.length} changed, ${plan.unchanged.length} unchanged, ${plan.conflicts.length} conflicts`,
  );
  for (const a of plan.added) io.out(`  added      ${a.path}`);
  for (const c of plan.changed) {
    io.out(`  changed    ${c.path}: ${c.changes.map((x) => x.field).join(', ')}`);
  }
  for (const c of plan.conflicts) io.out(`  conflict   ${c.path}: ${c.detail}`);
}
