import type { Ctx } from '../context';
import { sourceTypeVariable } from '../analysis/conclusions/triangulation';
import { listReportDisplays } from './report-model';

/** What a report can draw on: saved displays and document variables that may hold source types. */
export interface ReportSources {
  displays: { id: string; kind: string; name: string }[];
  documentVariables: { id: string; name: string }[];
  /** The variable triangulation uses by default (named "source type"/"jenis sumber"), if any. */
  defaultSourceVariableId: string | null;
}

/** The displays and variables a report's options offer. */
export function reportSources(ctx: Ctx): ReportSources {
  return {
    displays: listReportDisplays(ctx),
    documentVariables: ctx.db.$client
      .prepare(`select id, name from variables where scope = 'document' order by sort_order, name`)
      .all() as { id: string; name: string }[],
    defaultSourceVariableId: sourceTypeVariable(ctx)?.id ?? null,
  };
}
