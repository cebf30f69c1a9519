import type { CodebookPlan } from '../../../core/api/contracts/exchange';
import { useI18n } from '../../i18n/LanguageProvider';

interface Row {
  path: string;
  status: 'added' | 'changed' | 'unchanged' | 'conflict';
  details: string;
}

/** The codebook import preview: every code in the file and what applying would do to it. */
export function CodebookPreview({ plan }: { plan: CodebookPlan }) {
  const { t, number } = useI18n();
  const rows: Row[] = [
    ...plan.added.map((a) => ({ path: a.path, status: 'added' as const, details: '' })),
    ...plan.changed.map((c) => ({
      path: c.path,
      status: 'changed' as const,
      details: `${t(c.matchedBy === 'guid' ? 'exchange.plan.byGuid' : 'exchange.plan.byPath')}: ${c.changes
        .map((change) =>
          change.field === 'definition' ||
          change.field === 'inclusion' ||
          change.field === 'exclusion' ||
          change.field === 'example'
            ? `${t(`exchange.field.${change.field}`)} → “${change.after}”`
            : `${t(`exchange.field.${change.field}`)}: ${change.before} → ${change.after}`,
        )
        .join('; ')}`,
    })),
    ...plan.conflicts.map((c) => ({
      path: c.path,
      status: 'conflict' as const,
      details: c.detail,
    })),
    ...plan.unchanged.map((u) => ({ path: u.path, status: 'unchanged' as const, details: '' })),
  ];
  return (
    <div className="exchange-preview">
      <p role="status">
        {t('exchange.plan.summary', {
          added: number(plan.added.length),
          changed: number(plan.changed.length),
          unchanged: number(plan.unchanged.length),
          conflicts: number(plan.conflicts.length),
        })}
      </p>
      <div className="exchange-table-wrap" tabIndex={0} aria-label={t('exchange.plan.caption')}>
        <table className="exchange-table">
          <caption className="visually-hidden">{t('exchange.plan.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exchange.plan.code')}</th>
              <th scope="col">{t('exchange.plan.status')}</th>
              <th scope="col">{t('exchange.plan.details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.status}:${row.path}`} className={`plan-${row.status}`}>
                <th scope="row">{row.path}</th>
                <td>
                  <span className={`plan-badge plan-badge-${row.status}`}>
                    {t(`exchange.plan.${row.status === 'conflict' ? 'conflict' : row.status}`)}
                  </span>
                </td>
                <td>{row.details}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
