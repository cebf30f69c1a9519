import type { ProjectImportReport } from '../../../core/api/contracts/exchange';
import { useI18n } from '../../i18n/LanguageProvider';

const COUNTS = [
  'documents',
  'codesAdded',
  'codesMatched',
  'segments',
  'codings',
  'memos',
  'cases',
  'variables',
  'sets',
  'coders',
] as const;

/** What a project import did: counts, passages that needed help, and what was left out. */
export function ImportReport({ report }: { report: ProjectImportReport }) {
  const { t, number } = useI18n();
  return (
    <div className="exchange-report" aria-labelledby="exchange-report-heading">
      <h4 id="exchange-report-heading">
        {t('exchange.report.heading', {
          origin: report.origin || t('exchange.report.unknownOrigin'),
        })}
      </h4>
      <p className="hint">
        {t('exchange.report.unit', {
          unit: t(
            report.offsetUnit.includes('NVivo')
              ? 'exchange.unit.nvivo'
              : report.offsetUnit.includes('ATLAS')
                ? 'exchange.unit.atlas'
                : 'exchange.unit.codepoint',
          ),
        })}
      </p>
      <dl className="exchange-counts">
        {COUNTS.map((key) => (
          <div key={key}>
            <dt>{t(`exchange.report.${key}`)}</dt>
            <dd>{number(report.counts[key])}</dd>
          </div>
        ))}
      </dl>
      {report.offsetIssues.length > 0 ? (
        <>
          <h5>{t('exchange.report.issues')}</h5>
          <ul className="exchange-list">
            {report.offsetIssues.map((issue, index) => (
              <li key={index}>
                <strong>{issue.source}</strong>: “{issue.selection}” —{' '}
                {t(`exchange.report.issue.${issue.kind}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.skipped.length > 0 ? (
        <>
          <h5>{t('exchange.report.skipped')}</h5>
          <ul className="exchange-list">
            {report.skipped.map((item, index) => (
              <li key={index}>
                <strong>{item.name}</strong>: {item.reason}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="hint">{t('exchange.report.allIn')}</p>
      )}
    </div>
  );
}
