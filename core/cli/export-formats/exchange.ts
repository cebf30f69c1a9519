import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Ctx } from '../../context';
import {
  exportCodebookFile,
  type CodebookFormat,
} from '../../exchange/codebook/export-codebook-file';
import { exportQdpx } from '../../exchange/refi/export-qdpx';
import { toLanguage } from '../../i18n/language';
import { stringValue, type CommandArgs } from '../command';
import type { ExportFormat } from './export-format';

/** The project's name: its file name without `.telaah`. */
function projectName(args: CommandArgs): string {
  return basename(args.positionals[0] ?? 'project').replace(/\.telaah$/iu, '');
}

function codebookFormat(name: string, format: CodebookFormat): ExportFormat {
  return {
    name,
    async write(ctx: Ctx, file: string, args: CommandArgs) {
      const language = toLanguage(
        stringValue(args, 'lang') ?? process.env.TELAAH_LANG ?? process.env.LANG,
      );
      const exported = await exportCodebookFile(ctx, format, projectName(args), language);
      writeFileSync(file, Buffer.from(exported.base64, 'base64'));
    },
  };
}

/** Export formats of the exchange feature. */
export const exchangeFormats: readonly ExportFormat[] = [
  codebookFormat('qdc', 'qdc'),
  codebookFormat('codebook-csv', 'csv'),
  codebookFormat('codebook-docx', 'docx'),
  codebookFormat('codebook-html', 'html'),
  codebookFormat('codebook-md', 'md'),
  {
    name: 'qdpx',
    write(ctx, file, args) {
      writeFileSync(file, exportQdpx(ctx, projectName(args)));
    },
  },
];
