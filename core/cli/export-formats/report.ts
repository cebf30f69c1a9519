import type { ExportFormat } from './export-format';

/** Export formats of the report feature. */
export const reportFormats: readonly ExportFormat[] = [];
