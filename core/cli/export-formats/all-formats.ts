import { csvFormats } from './csv';
import { exchangeFormats } from './exchange';
import type { ExportFormat } from './export-format';
import { reportFormats } from './report';

/** Every format `telaah export` knows. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  ...csvFormats,
  ...exchangeFormats,
  ...reportFormats,
];
