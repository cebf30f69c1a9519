import type { ConclusionDetail, ConclusionStatus } from '../../../core/api/contracts/conclusions';
import { useI18n } from '../../i18n/LanguageProvider';
import { TriangulationLine } from './TriangulationLine';

/** The ledger: one row per claim with its status chip and triangulation; a listbox. */
export function LedgerList({
  items,
  selectedId,
  onSelect,
}: {
  items: ConclusionDetail[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="cn-muted">{t('conclusions.ledger.empty')}</p>;
  return (
    <ul className="cn-ledger" aria-label={t('conclusions.ledger.label')}>
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className="cn-ledger-item"
            aria-current={item.id === selectedId ? 'true' : undefined}
            onClick={() => {
              onSelect(item.id);
            }}
          >
            <StatusChip status={item.status} />
            <span className="cn-ledger-claim">{item.claim}</span>
            <span className="cn-ledger-facts">
              <TriangulationLine triangulation={item.triangulation} compact />
              {' · '}
              {t('conclusions.ledger.counts', {
                supporting: item.supporting.length,
                negative: item.negative.length,
              })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A claim's status as a coloured chip. */
export function StatusChip({ status }: { status: ConclusionStatus }) {
  const { t } = useI18n();
  return <span className={`cn-chip cn-chip-${status}`}>{t(`conclusions.status.${status}`)}</span>;
}
