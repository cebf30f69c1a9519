import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Ctx } from '../context';
import { TelaahError } from '../errors';
import { inChange } from '../events/in-change';
import { mergeAttributes } from './merge-attributes';
import { mergeBySpec } from './merge-by-spec';
import { mergeCodes } from './merge-codes';
import { mergeCoders } from './merge-coders';
import { mergeDocuments } from './merge-documents';
import { emptyReport, type MergeChoice, type MergeReport } from './merge-report';
import { createMergeRun } from './merge-run';
import { mergeSegments } from './merge-segments';
import { MERGE_SPECS } from './merge-specs';
import { openMergeSource, type MergeSource } from './open-merge-source';

export interface MergeProjectsInput {
  /** Project files to merge in, in order. */
  files: readonly string[];
  /** A choice per conflict key (from a preview); conflicts not named follow `prefer`. */
  choices?: Readonly<Record<string, MergeChoice>>;
  /** The choice for conflicts not named in `choices`; `ours` unless said otherwise. */
  prefer?: 'ours' | 'theirs';
}

export interface MergeProjectsOptions {
  /** The open project's file, to refuse merging it into itself. */
  projectFile: string | null;
  migrationsFolder: string;
  /** Work out everything, then roll back: the report of a preview. */
  dryRun: boolean;
}

class Rollback extends Error {
  constructor(readonly report: MergeReport) {
    super('merge preview');
  }
}

/**
 * Merges other projects into the open one as one change (one undo), never writing to them.
 * A dry run does the same work in a transaction it rolls back, so a preview reports exactly
 * what applying with the same choices would do.
 */
export function mergeProjects(
  ctx: Ctx,
  input: MergeProjectsInput,
  options: MergeProjectsOptions,
): MergeReport {
  const files = input.files.map((f) => resolve(f));
  if (files.length === 0) {
    throw new TelaahError('invalid_input', 'Invalid input: name a project file to merge in.', {
      detail: 'files',
    });
  }
  const sources: MergeSource[] = [];
  try {
    for (const file of files) {
      refuseSelf(file, options.projectFile);
      sources.push(openMergeSource(file, options.migrationsFolder));
    }
    const work = () =>
      inChange(ctx, (change) => {
        const report = emptyReport(files, !options.dryRun);
        const resolutions = { choices: input.choices ?? {}, prefer: input.prefer ?? 'ours' };
        sources.forEach((source, index) => {
          const run = createMergeRun(ctx, change, { ...source, index }, report, resolutions);
          mergeCoders(run);
          const changed = mergeDocuments(run);
          mergeAttributes(run);
          mergeCodes(run);
          mergeSegments(run, changed);
          for (const spec of MERGE_SPECS) mergeBySpec(run, spec);
        });
        return report;
      });
    if (!options.dryRun) return work();
    try {
      ctx.db.$client.transaction(() => {
        throw new Rollback(work());
      })();
    } catch (error) {
      if (error instanceof Rollback) return error.report;
      throw error;
    }
    throw new Error('unreachable: a dry run always rolls back');
  } finally {
    for (const source of sources) source.close();
  }
}

function refuseSelf(file: string, projectFile: string | null): void {
  if (projectFile === null) return;
  if (same(file, projectFile)) {
    throw new TelaahError('merge_same_project', 'A project cannot be merged into itself.');
  }
}

function same(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
