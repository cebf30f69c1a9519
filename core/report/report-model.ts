import type { Ctx } from '../context';
import type { DisplayTable } from '../analysis/display-table';
import { localizedMatrixTable } from '../analysis/matrix/export-matrix';
import { networkTable } from '../analysis/network/network-table';
import { listConclusions, type ConclusionDetail } from '../analysis/conclusions/list-conclusions';
import type { ConclusionStatus } from '../analysis/conclusions/tactics';
import { listCodes } from '../coding/list-codes';
import type { ReportLanguage } from './report-labels';

/** What to put in a report. */
export interface ReportOptions {
  language: ReportLanguage;
  /** The project's name, shown under the title. */
  projectName?: string;
  /** Which saved displays, in this order; default: every display. An empty list: none. */
  displayIds?: string[];
  /** Which claims by status; default: every status. */
  statuses?: ConclusionStatus[];
  /** Leave the codebook out. */
  omitCodebook?: boolean;
  /** The document variable holding source types for triangulation (default: by name). */
  sourceVariableId?: string | null;
}

/** A code of the report's codebook, in tree order. */
export interface ReportCode {
  path: string;
  name: string;
  depth: number;
  color: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  codingCount: number;
}

/** A display in the report: its table, or why it could not be drawn. */
export type ReportDisplay =
  | { id: string; name: string; kind: string; table: DisplayTable }
  | { id: string; name: string; kind: string; table: null; problem: string };

/** Everything a report shows, in order; rendered to HTML, DOCX or Markdown. */
export interface ReportModel {
  language: ReportLanguage;
  projectName: string;
  generatedAt: number;
  codebook: ReportCode[] | null;
  displays: ReportDisplay[];
  conclusions: ConclusionDetail[];
}

interface DisplayRow {
  id: string;
  kind: string;
  name: string;
}

/** Builds the report's model from the project. */
export function buildReportModel(ctx: Ctx, options: ReportOptions): ReportModel {
  return {
    language: options.language,
    projectName: options.projectName ?? '',
    generatedAt: ctx.now(),
    codebook: options.omitCodebook === true ? null : reportCodebook(ctx),
    displays: reportDisplays(ctx, options.displayIds, options.language),
    conclusions: listConclusions(ctx, {
      ...(options.statuses === undefined ? {} : { statuses: options.statuses }),
      ...(options.sourceVariableId === undefined
        ? {}
        : { sourceVariableId: options.sourceVariableId }),
    }),
  };
}

function reportCodebook(ctx: Ctx): ReportCode[] {
  return listCodes(ctx).map((c) => ({
    path: c.path,
    name: c.name,
    depth: c.depth,
    color: c.color,
    definition: c.definition,
    inclusion: c.inclusion,
    exclusion: c.exclusion,
    example: c.example,
    codingCount: c.codingCount,
  }));
}

/** The saved displays a report can include, in the order they were made. */
export function listReportDisplays(ctx: Ctx): DisplayRow[] {
  return ctx.db.$client
    .prepare('select id, kind, name from displays order by created_at, name')
    .all() as DisplayRow[];
}

function reportDisplays(
  ctx: Ctx,
  ids: string[] | undefined,
  language: ReportLanguage,
): ReportDisplay[] {
  const all = listReportDisplays(ctx);
  const chosen = ids === undefined ? all : ids.flatMap((id) => all.filter((d) => d.id === id));
  return chosen.map((d) => {
    try {
      const table =
        d.kind === 'matrix' ? localizedMatrixTable(ctx, d.id, language) : networkTable(ctx, d.id);
      return { ...d, table };
    } catch (error) {
      // A display the builder cannot draw (yet) is listed with the reason, not fatal to the report.
      return { ...d, table: null, problem: error instanceof Error ? error.message : String(error) };
    }
  });
}
