import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CONCLUSION_STATUSES, type ConclusionStatus } from '../../analysis/conclusions/tactics';
import { TelaahError } from '../../errors';
import { stringValue, stringValues, type CommandArgs } from '../command';
import { exportReport, REPORT_FORMATS } from '../../report/export-report';
import type { ReportOptions } from '../../report/report-model';
import type { ExportFormat } from './export-format';

/**
 * `--format html|docx|md`: the findings report (codebook, saved displays, conclusions);
 * `--lang id` writes its headings in Bahasa Indonesia. Where the export command declares them,
 * `--status <s>` and `--display <id>` (repeatable) and `--no-codebook` narrow it.
 */
export const reportFormats: readonly ExportFormat[] = REPORT_FORMATS.map((format) => ({
  name: format,
  async write(ctx, file, args) {
    const projectFile = args.positionals[0] ?? '';
    const content = await exportReport(ctx, format, {
      language: stringValue(args, 'lang') === 'id' ? 'id' : 'en',
      projectName: basename(projectFile, extname(projectFile)),
      ...reportFilters(args),
    });
    writeFileSync(file, content);
  },
}));

function reportFilters(args: CommandArgs): Partial<ReportOptions> {
  const statuses = stringValues(args, 'status');
  for (const status of statuses) {
    if (!(CONCLUSION_STATUSES as readonly string[]).includes(status)) {
      throw new TelaahError(
        'invalid_input',
        `Unknown status “${status}”. Use: ${CONCLUSION_STATUSES.join(', ')}.`,
        { detail: `--status ${status}` },
      );
    }
  }
  const displays = stringValues(args, 'display');
  return {
    ...(statuses.length > 0 ? { statuses: statuses as ConclusionStatus[] } : {}),
    ...(displays.length > 0 ? { displayIds: displays } : {}),
    ...(args.values['no-codebook'] === true ? { omitCodebook: true } : {}),
  };
}
