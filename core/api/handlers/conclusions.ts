import { acceptPassage } from '../../analysis/conclusions/accept-passage';
import { findExcerpts } from '../../analysis/conclusions/find-excerpts';
import { listConclusions } from '../../analysis/conclusions/list-conclusions';
import { moveConclusion } from '../../analysis/conclusions/move-conclusion';
import { proposeNegativeEvidence } from '../../analysis/conclusions/negative-evidence';
import { removeEvidence, setEvidence } from '../../analysis/conclusions/set-evidence';
import { setTactic } from '../../analysis/conclusions/set-tactic';
import {
  createConclusion,
  deleteConclusion,
  updateConclusion,
} from '../../analysis/conclusions/write-conclusion';
import { toExportedFile } from '../../exchange/exported-file';
import { exportReport } from '../../report/export-report';
import { reportSources } from '../../report/report-sources';
import type { AppSession } from '../app-session';
import type { conclusionsContract } from '../contracts/conclusions';
import type { Channel } from '../contract';
import type { Handlers } from '../dispatch';

export type ConclusionsHandlers = Pick<
  Handlers,
  Extract<keyof typeof conclusionsContract, Channel>
>;

/** Handlers of the conclusion ledger and the findings report. */
export function conclusionsHandlers(session: AppSession): ConclusionsHandlers {
  const ctx = () => session.ctx();
  return {
    'conclusions.list': (i) =>
      listConclusions(ctx(), {
        ...(i.statuses === undefined ? {} : { statuses: i.statuses }),
        ...(i.sourceVariableId === undefined ? {} : { sourceVariableId: i.sourceVariableId }),
      }),
    'conclusions.create': (i) => createConclusion(ctx(), dropUndefined(i)),
    'conclusions.update': ({ id, ...patch }) => updateConclusion(ctx(), id, dropUndefined(patch)),
    'conclusions.move': (i) => moveConclusion(ctx(), i.id, i.beforeId),
    'conclusions.delete': (i) => {
      deleteConclusion(ctx(), i.id);
      return null;
    },
    'conclusions.setEvidence': (i) => setEvidence(ctx(), dropUndefined(i)),
    'conclusions.removeEvidence': (i) => {
      removeEvidence(ctx(), i.conclusionId, i.segmentId);
      return null;
    },
    'conclusions.setTactic': (i) => setTactic(ctx(), dropUndefined(i)),
    'conclusions.proposeNegative': ({ conclusionId, ...options }) =>
      proposeNegativeEvidence(ctx(), conclusionId, dropUndefined(options)),
    'conclusions.acceptPassage': (i) => acceptPassage(ctx(), dropUndefined(i)),
    'conclusions.findExcerpts': (i) => findExcerpts(ctx(), dropUndefined(i)),
    'report.sources': () => reportSources(ctx()),
    'report.export': async ({ format, ...options }) => {
      const name = (session.current()?.name ?? '').replace(/\.telaah$/iu, '');
      const content = await exportReport(ctx(), format, {
        ...dropUndefined(options),
        projectName: name,
      });
      const base = options.language === 'id' ? 'laporan-temuan' : 'findings-report';
      return toExportedFile(content, name === '' ? base : `${name} ${base}`, format);
    },
  };
}

/** The object without its undefined properties (zod's optional keys vs exactOptionalPropertyTypes). */
function dropUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
