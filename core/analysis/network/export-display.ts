import type { Ctx } from '../../context';
import { toExportedFile, type ExportedFile } from '../../exchange/exported-file';
import { writeXlsx } from '../../exchange/office/write-xlsx';
import { toCsv } from '../../exchange/to-csv';
import type { NetworkDisplaySpec } from './display-config';
import type { DisplayLanguage } from './display-words';
import { displayTableOf } from './display-table-of';

export type DisplayExportFormat = 'csv' | 'xlsx' | 'svg';

/** A display's table as CSV or XLSX, or its picture as SVG, ready to save. */
export function exportDisplay(
  ctx: Ctx,
  spec: NetworkDisplaySpec,
  name: string,
  format: DisplayExportFormat,
  language: DisplayLanguage = 'en',
): ExportedFile {
  const table = displayTableOf(ctx, spec, name, language);
  if (format === 'svg') return toExportedFile(table.svg ?? '', name, 'svg');
  const rows = table.rows.map((r) => [r.label, ...r.cells]);
  if (format === 'csv') return toExportedFile(toCsv(table.columns, rows), name, 'csv');
  const numeric = rows.map((r) =>
    r.map((v) => (v !== '' && /^-?\d+(\.\d+)?$/u.test(v) ? Number(v) : v)),
  );
  return toExportedFile(writeXlsx([{ name, rows: [table.columns, ...numeric] }]), name, 'xlsx');
}
