import { useId } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { ConflictItem } from './ConflictItem';
import type { MergeChoice, MergeReport } from './use-merge';

interface MergeReportViewProps {
  report: MergeReport;
  choices: Record<string, MergeChoice>;
  onChoose: (key: string, choice: MergeChoice) => void;
}

/** A preview or a finished merge: counts per kind, conflicts, and what could not be carried. */
export function MergeReportView({ report, choices, onChoose }: MergeReportViewProps) {
  const { t, number } = useI18n();
  const countsId = useId();
  const conflictsId = useId();
  const kinds = (Object.keys(report.added) as (keyof MergeReport['added'])[]).filter(
    (k) => report.added[k] > 0 || report.updated[k] > 0,
  );
  return (
    <div className="merge-report">
      <p className="merge-status" role="status">
        {report.applied ? t('merge.done') : t('merge.previewing')}
      </p>
      <section aria-labelledby={countsId}>
        <h3 id={countsId}>{t('merge.added.heading')}</h3>
        {kinds.length === 0 ? (
          <p>{t('merge.nothing')}</p>
        ) : (
          <table className="merge-counts">
            <caption className="visually-hidden">{t('merge.added.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('merge.col.kind')}</th>
                <th scope="col">{t('merge.col.added')}</th>
                <th scope="col">{t('merge.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {kinds.map((kind) => (
                <tr key={kind} data-kind={kind}>
                  <th scope="row">{t(`merge.entity.${kind}`)}</th>
                  <td>{number(report.added[kind])}</td>
                  <td>{number(report.updated[kind])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby={conflictsId}>
        <h3 id={conflictsId}>
          {t('merge.conflicts.heading', { count: number(report.conflicts.length) })}
        </h3>
        {report.conflicts.length === 0 ? (
          <p className="merge-muted">{t('merge.conflicts.none')}</p>
        ) : (
          <>
            {!report.applied && <p className="merge-muted">{t('merge.conflicts.hint')}</p>}
            <ul className="merge-conflicts">
              {report.conflicts.map((conflict) => (
                <ConflictItem
                  key={conflict.key}
                  conflict={conflict}
                  choice={report.applied ? null : (choices[conflict.key] ?? conflict.resolution)}
                  onChoose={(choice) => {
                    onChoose(conflict.key, choice);
                  }}
                />
              ))}
            </ul>
          </>
        )}
      </section>
      <LeftOut report={report} />
    </div>
  );
}

/** Everything the merge could not carry, so nothing is dropped silently. */
function LeftOut({ report }: { report: MergeReport }) {
  const { t, number } = useI18n();
  return (
    <>
      {report.unplaceable.length > 0 && (
        <section className="merge-left-out">
          <h3>{t('merge.unplaceable.heading', { count: number(report.unplaceable.length) })}</h3>
          <p className="merge-muted">{t('merge.unplaceable.hint')}</p>
          <ul>
            {report.unplaceable.map((u) => (
              <li key={`${u.file}:${u.segmentId}`}>
                <strong>{u.document}</strong> · {u.coder} · “{u.quote}”
                {u.codes.length > 0 && <span className="merge-muted"> ({u.codes.join(', ')})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.notMerged.length > 0 && (
        <section className="merge-left-out">
          <h3>{t('merge.notMerged.heading', { count: number(report.notMerged.length) })}</h3>
          <ul>
            {report.notMerged.map((m) => (
              <li key={`${m.file}:${m.entity}:${m.id}`}>
                {t(`merge.entity.${m.entity}`)}: {m.label || m.id} —{' '}
                <span className="merge-muted">
                  {t('merge.notMerged.reason', { what: t(`merge.entity.${m.missing}`) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
