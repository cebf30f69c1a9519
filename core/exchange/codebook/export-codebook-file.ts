import type { Ctx } from '../../context';
import type { Language } from '../../i18n/language';
import { toExportedFile, type ExportedFile } from '../exported-file';
import { exportQdc } from '../refi/export-qdc';
import { exportCodebookCsv } from './codebook-csv';
import { exportCodebookDocx } from './export-codebook-docx';
import { exportCodebookHtml } from './export-codebook-html';
import { exportCodebookMarkdown } from './export-codebook-markdown';

export const CODEBOOK_FORMATS = ['qdc', 'csv', 'docx', 'html', 'md'] as const;
export type CodebookFormat = (typeof CODEBOOK_FORMATS)[number];

/** The codebook in one format, as a file to save (`<project> codebook.<ext>`). */
export async function exportCodebookFile(
  ctx: Ctx,
  format: CodebookFormat,
  projectName: string,
  language: Language,
): Promise<ExportedFile> {
  const base = `${projectName} codebook`;
  switch (format) {
    case 'qdc':
      return toExportedFile(exportQdc(ctx), base, 'qdc');
    case 'csv':
      return toExportedFile(exportCodebookCsv(ctx), base, 'csv');
    case 'docx':
      return toExportedFile(await exportCodebookDocx(ctx, projectName, language), base, 'docx');
    case 'html':
      return toExportedFile(exportCodebookHtml(ctx, projectName, language), base, 'html');
    case 'md':
      return toExportedFile(exportCodebookMarkdown(ctx, projectName, language), base, 'md');
  }
}
