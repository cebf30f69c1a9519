import { agreementResultsCsv, reliabilityMatrixCsv } from '../../agreement/agreement-csv';
import { listDisagreements } from '../../agreement/disagreements';
import { loadAgreementData } from '../../agreement/load-agreement-data';
import { computeTextAgreement } from '../../agreement/text-agreement';
import { toExportedFile } from '../../exchange/exported-file';
import type { AppSession } from '../app-session';
import type { agreementContract } from '../contracts/agreement';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

export type AgreementHandlers = Pick<Handlers, Extract<keyof typeof agreementContract, Channel>>;

/** Handlers of the agreement calls. */
export function agreementHandlers(session: AppSession): AgreementHandlers {
  return {
    'agreement.compute': (i) => computeTextAgreement(loadAgreementData(session.ctx(), i), i),
    'agreement.disagreements': (i) => listDisagreements(session.ctx(), i, i.limit),
    'agreement.exportResults': (i) => {
      const result = computeTextAgreement(loadAgreementData(session.ctx(), i), i);
      return toExportedFile(agreementResultsCsv(result), `agreement-${i.unit}`, 'csv');
    },
    'agreement.exportMatrix': (i) => {
      // The other codes still decide which text counts as coded when uncoded text is left out.
      const codeIds = i.codeIds?.length ? [...new Set([...i.codeIds, i.codeId])] : undefined;
      const data = loadAgreementData(session.ctx(), { ...i, codeIds });
      const code = data.codes.find((c) => c.id === i.codeId)?.path ?? 'code';
      const csv = reliabilityMatrixCsv(data, i, i.codeId, i.format === 'csv');
      const suffix = i.format === 'recal' ? '-recal' : '';
      return toExportedFile(
        csv,
        `reliability-${code.replace(/\//gu, '-')}-${i.unit}${suffix}`,
        'csv',
      );
    },
  };
}
