import type { EvidenceItem } from '../../../core/api/contracts/conclusions';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { ExcerptCard } from './ExcerptCard';
import { openExcerpt } from './open-excerpt';

/**
 * "Dismissed (n)": the proposals dismissed for this claim, which are not proposed again. Each can
 * be restored (proposed again) or counted as negative evidence after all.
 */
export function DismissedEvidence({
  items,
  onRestore,
  onNegative,
}: {
  items: EvidenceItem[];
  onRestore: (segmentId: string) => void;
  onNegative: (segmentId: string) => void;
}) {
  const store = useWorkspaceStore();
  const { t, number } = useI18n();
  if (items.length === 0) return null;
  return (
    <details className="cn-dismissed">
      <summary>{t('conclusions.dismissed.summary', { count: number(items.length) })}</summary>
      <p className="cn-muted">{t('conclusions.dismissed.hint')}</p>
      <ul className="cn-proposals" aria-label={t('conclusions.dismissed.list')}>
        {items.map((item) => (
          <li key={item.segmentId} className="cn-proposal">
            <ExcerptCard excerpt={item}>
              <button
                type="button"
                className="cn-button"
                onClick={() => {
                  onRestore(item.segmentId);
                }}
              >
                {t('conclusions.dismissed.restore')}
              </button>
              <button
                type="button"
                className="cn-button"
                onClick={() => {
                  onNegative(item.segmentId);
                }}
              >
                {t('conclusions.dismissed.toNegative')}
              </button>
              <button
                type="button"
                className="cn-link"
                onClick={() => {
                  openExcerpt(store, item);
                }}
              >
                {t('conclusions.evidence.open')}
              </button>
            </ExcerptCard>
          </li>
        ))}
      </ul>
    </details>
  );
}
