import { csvFormats } from './csv';
import { exchangeFormats } from './exchange';
import type { ExportFormat } from './export-format';
import { reportFormats } from './report';
import { reviewFormats } from './review';

/** Every format `telaah export` knows. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  ...csvFormats,
  ...exchangeFormats,
  ...reportFormats,
  ...reviewFormats,
];
