import type { Ctx } from '../context';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { reportMarkdown } from './report-markdown';
import { buildReportModel, type ReportOptions } from './report-model';

export const REPORT_FORMATS = ['html', 'docx', 'md'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The findings report in one format: HTML and Markdown as text, DOCX as bytes. */
export async function exportReport(
  ctx: Ctx,
  format: ReportFormat,
  options: ReportOptions,
): Promise<string | Uint8Array> {
  const model = buildReportModel(ctx, options);
  if (format === 'docx') return reportDocx(model);
  return format === 'html' ? reportHtml(model) : reportMarkdown(model);
}
