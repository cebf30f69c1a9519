import type { ProjectImportReport } from '../../../core/api/contracts/exchange';
import { useI18n } from '../../i18n/LanguageProvider';
import { describeIssue, describeSkip } from './describe-import-item';

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
  const i18n = useI18n();
  const { t, number } = i18n;
  const unit =
    report.positions.unit === 'utf16'
      ? 'exchange.unit.nvivo'
      : report.positions.crlf === 'one'
        ? 'exchange.unit.atlas'
        : 'exchange.unit.codepoint';
  return (
    <div className="exchange-report" aria-labelledby="exchange-report-heading">
      <h4 id="exchange-report-heading">
        {t('exchange.report.heading', {
          origin: report.origin || t('exchange.report.unknownOrigin'),
        })}
      </h4>
      <p className="hint">{t('exchange.report.unit', { unit: t(unit) })}</p>
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
                <strong>{issue.source}</strong>
                {issue.selection === '' ? ': ' : `: “${issue.selection}” — `}
                {describeIssue(i18n, issue)}
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
                <span className="exchange-what">{t(`exchange.what.${item.what}`)}</span>{' '}
                <strong>{item.name}</strong>: {describeSkip(i18n, item)}
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
