import { writeFileSync } from 'node:fs';
import { exportCodingsCsv } from '../../exchange/export-codings-csv';
import type { ExportFormat } from './export-format';

export const csvFormats: readonly ExportFormat[] = [
  {
    name: 'csv',
    write(ctx, file) {
      writeFileSync(file, exportCodingsCsv(ctx));
    },
  },
];
