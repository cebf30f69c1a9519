import type { AppSession } from '../app-session';
import type { exchangeContract } from '../contracts/exchange';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';
import { applyCodebookImport } from '../../exchange/codebook/apply-codebook-import';
import { exportCodebookFile } from '../../exchange/codebook/export-codebook-file';
import { planCodebookImport } from '../../exchange/codebook/plan-codebook-import';
import { readCodebookFile } from '../../exchange/codebook/read-codebook-file';
import { toExportedFile } from '../../exchange/exported-file';
import { exportQdpx } from '../../exchange/refi/export-qdpx';
import { importProjectFile } from '../../exchange/refi/import-project-file';

export type ExchangeHandlers = Pick<Handlers, Extract<keyof typeof exchangeContract, Channel>>;

/** Handlers of the exchange calls. */
export function exchangeHandlers(session: AppSession): ExchangeHandlers {
  const projectName = (): string =>
    (session.current()?.name ?? 'project').replace(/\.telaah$/iu, '');
  return {
    'exchange.exportCodebook': (i) =>
      exportCodebookFile(session.ctx(), i.format, projectName(), i.language),
    'exchange.exportProject': () =>
      toExportedFile(exportQdpx(session.ctx(), projectName()), projectName(), 'qdpx'),
    'exchange.previewCodebook': async (i) => {
      const ctx = session.ctx();
      return planCodebookImport(ctx, await readCodebookFile(i.path)).plan;
    },
    'exchange.importCodebook': async (i) => {
      const ctx = session.ctx();
      return applyCodebookImport(ctx, await readCodebookFile(i.path));
    },
    'exchange.importProject': (i) => importProjectFile(session.ctx(), i.path),
  };
}
