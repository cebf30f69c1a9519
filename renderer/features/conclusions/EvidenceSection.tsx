import type { EvidenceItem, EvidenceRole } from '../../../core/api/contracts/conclusions';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { ExcerptCard } from './ExcerptCard';
import { openExcerpt } from './open-excerpt';

/** Supporting or negative evidence: each excerpt with open, move and remove; an add button. */
export function EvidenceSection({
  role,
  items,
  onAdd,
  onMove,
  onRemove,
}: {
  role: Exclude<EvidenceRole, 'dismissed'>;
  items: EvidenceItem[];
  onAdd: () => void;
  onMove: (segmentId: string, role: EvidenceRole) => void;
  onRemove: (segmentId: string) => void;
}) {
  const store = useWorkspaceStore();
  const { t, number } = useI18n();
  const headingId = `cn-evidence-${role}`;
  const other = role === 'supporting' ? 'negative' : 'supporting';
  return (
    <section className={`cn-evidence cn-evidence-${role}`} aria-labelledby={headingId}>
      <div className="cn-section-head">
        <h3 id={headingId}>
          {t(`conclusions.evidence.${role}`)}{' '}
          <span className="cn-count">{number(items.length)}</span>
        </h3>
        <button type="button" className="cn-button" onClick={onAdd}>
          {t(`conclusions.evidence.add.${role}`)}
        </button>
      </div>
      {items.length === 0 ? (
        <p className="cn-muted">{t(`conclusions.evidence.none.${role}`)}</p>
      ) : (
        <ul className="cn-evidence-list">
          {items.map((item) => (
            <li key={item.segmentId}>
              <ExcerptCard excerpt={item} note={item.note}>
                <button
                  type="button"
                  className="cn-link"
                  onClick={() => {
                    openExcerpt(store, item);
                  }}
                >
                  {t('conclusions.evidence.open')}
                </button>
                <button
                  type="button"
                  className="cn-link"
                  onClick={() => {
                    onMove(item.segmentId, other);
                  }}
                >
                  {t(`conclusions.evidence.moveTo.${other}`)}
                </button>
                <button
                  type="button"
                  className="cn-link"
                  onClick={() => {
                    onRemove(item.segmentId);
                  }}
                >
                  {t('conclusions.evidence.remove')}
                </button>
              </ExcerptCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
