import { resolve } from 'node:path';
import { defaultMigrationsFolder } from '../../../db/default-migrations-folder';
import { TelaahError } from '../../errors';
import { mergeProjects } from '../../merge/merge-projects';
import {
  MERGE_ENTITIES,
  type MergeChoice,
  type MergeConflict,
  type MergeReport,
} from '../../merge/merge-report';
import type { CliIo } from '../cli-io';
import {
  coderOption,
  jsonOption,
  printJson,
  stringValue,
  stringValues,
  type CommandArgs,
  type Command,
} from '../command';
import { withProject } from '../open-cli-project';

/**
 * `telaah merge <into> <from>...`: merges coders' projects into one. Every conflict is settled
 * (by --choose, else --prefer, else ours) and listed; exit 0 once the merge is written.
 */
export const mergeCommand: Command = {
  name: 'merge',
  minPositionals: 2,
  options: {
    ...coderOption,
    ...jsonOption,
    prefer: { type: 'string' },
    choose: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
  },
  async run(args, io) {
    const prefer = preferOf(args);
    const choices = choicesOf(args);
    const dryRun = args.values['dry-run'] === true;
    const files = args.positionals.slice(1).map((f) => resolve(io.cwd, f));
    const report = await withProject(args, io, 'write', (ctx, project) =>
      mergeProjects(
        ctx,
        { files, prefer, choices },
        { projectFile: project.file, migrationsFolder: defaultMigrationsFolder, dryRun },
      ),
    );
    if (args.values.json === true) printJson(io, jsonRows(report));
    else printReport(io, report, args.positionals[0] ?? '');
  },
};

function preferOf(args: CommandArgs): 'ours' | 'theirs' {
  const value = stringValue(args, 'prefer') ?? 'ours';
  if (value === 'ours' || value === 'theirs') return value;
  throw new TelaahError('invalid_input', `--prefer must be ours or theirs, not “${value}”.`, {
    detail: `--prefer ${value}`,
  });
}

/** `--choose <conflict key>=<ours|theirs|both>`, as many as needed. */
function choicesOf(args: CommandArgs): Record<string, MergeChoice> {
  const choices: Record<string, MergeChoice> = {};
  for (const item of stringValues(args, 'choose')) {
    const at = item.lastIndexOf('=');
    const choice = item.slice(at + 1);
    if (at <= 0 || (choice !== 'ours' && choice !== 'theirs' && choice !== 'both')) {
      throw new TelaahError(
        'invalid_input',
        `--choose takes <conflict key>=ours|theirs|both, not “${item}”.`,
        { detail: `--choose ${item}` },
      );
    }
    choices[item.slice(0, at)] = choice;
  }
  return choices;
}

function jsonRows(report: MergeReport): object[] {
  const counts = (type: 'added' | 'updated') =>
    MERGE_ENTITIES.filter((e) => report[type][e] > 0).map((entity) => ({
      id: `${type}:${entity}`,
      type,
      entity,
      count: report[type][entity],
      applied: report.applied,
    }));
  return [
    ...counts('added'),
    ...counts('updated'),
    ...report.conflicts.map((c) => ({ id: c.key, type: 'conflict', ...c })),
    ...report.unplaceable.map((u) => ({ id: u.segmentId, type: 'unplaceable', ...u })),
    ...report.notMerged.map((m) => ({ type: 'not_merged', ...m })),
  ];
}

function printReport(io: CliIo, report: MergeReport, into: string): void {
  io.out(
    report.applied
      ? `Merged ${report.files.length} project(s) into ${into}.`
      : `Dry run: nothing was written to ${into}.`,
  );
  io.out(`Added: ${countList(report, 'added') || 'nothing'}`);
  const updated = countList(report, 'updated');
  if (updated !== '') io.out(`Updated: ${updated}`);
  if (report.conflicts.length > 0) {
    io.out(`\nConflicts (${report.conflicts.length}):`);
    for (const c of report.conflicts) io.out(conflictLine(c));
  }
  if (report.unplaceable.length > 0) {
    io.out(`\nCould not place (${report.unplaceable.length}), text differs:`);
    for (const u of report.unplaceable) {
      io.out(`  ${u.document} · ${u.coder} · “${u.quote}” [${u.codes.join(', ')}]`);
    }
  }
  if (report.notMerged.length > 0) {
    io.out(`\nNot merged (${report.notMerged.length}):`);
    for (const m of report.notMerged) io.out(`  ${m.entity} ${m.label || m.id}: ${m.reason}`);
  }
}

function countList(report: MergeReport, type: 'added' | 'updated'): string {
  return MERGE_ENTITIES.filter((e) => report[type][e] > 0)
    .map((e) => `${report[type][e]} ${e.replace('_', ' ')}`)
    .join(', ');
}

function conflictLine(c: MergeConflict): string {
  const side = (fields: Record<string, unknown>) =>
    Object.entries(fields)
      .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : JSON.stringify(v)}`)
      .join(' ');
  const taken = { ours: 'kept ours', theirs: 'took theirs', both: 'kept both' }[c.resolution];
  return `  ${c.key}  ${c.kind} “${c.label}”: ours ${side(c.ours)} | theirs ${side(c.theirs)} → ${taken} (choices: ${c.choices.join(', ')})`;
}
