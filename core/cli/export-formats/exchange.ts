import type { ExportFormat } from './export-format';

/** Export formats of the exchange feature. */
export const exchangeFormats: readonly ExportFormat[] = [];
