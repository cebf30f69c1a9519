import { writeFileSync } from 'node:fs';
import { stringValue } from '../command';
import { reviewReport } from '../../review/review-report';
import type { ExportFormat } from './export-format';

const language = (lang: string | undefined): 'en' | 'id' => (lang === 'id' ? 'id' : 'en');

/** `--format review-html|review-docx`: the review report. */
export const reviewFormats: readonly ExportFormat[] = [
  {
    name: 'review-html',
    async write(ctx, file, args) {
      writeFileSync(file, await reviewReport(ctx, 'html', language(stringValue(args, 'lang'))));
    },
  },
  {
    name: 'review-docx',
    async write(ctx, file, args) {
      writeFileSync(file, await reviewReport(ctx, 'docx', language(stringValue(args, 'lang'))));
    },
  },
];
