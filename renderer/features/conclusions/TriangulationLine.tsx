import type { Triangulation } from '../../../core/api/contracts/conclusions';
import { useI18n } from '../../i18n/LanguageProvider';

/** "3 source types · 2 cases · 2 coders", with the lists unless compact. */
export function TriangulationLine({
  triangulation,
  compact = false,
}: {
  triangulation: Triangulation;
  compact?: boolean;
}) {
  const { t, number } = useI18n();
  const part = (values: string[], key: 'sources' | 'cases' | 'coders') => {
    const label = t(`conclusions.tri.${key}${values.length === 1 ? 'One' : ''}`, {
      count: number(values.length),
    });
    return compact || values.length === 0 ? label : `${label} (${values.join(', ')})`;
  };
  return (
    <span className="cn-tri">
      {part(triangulation.sourceTypes, 'sources')} · {part(triangulation.cases, 'cases')} ·{' '}
      {part(triangulation.coders, 'coders')}
    </span>
  );
}
