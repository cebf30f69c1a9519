import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ConclusionDetail, ConclusionStatus } from '../../../core/api/contracts/conclusions';
import { useI18n } from '../../i18n/LanguageProvider';
import type { LedgerMove } from './place-before';
import { TriangulationLine } from './TriangulationLine';

/**
 * The ledger: one row per claim with its status chip and triangulation. Claims are reordered with
 * the arrow buttons, Alt+↑/↓ on a claim, or by dragging one onto another; focus stays on the
 * moved claim and its new place is announced.
 */
export function LedgerList({
  items,
  selectedId,
  onSelect,
  onMove,
}: {
  items: ConclusionDetail[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (move: LedgerMove) => Promise<boolean>;
}) {
  const { t, number } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  // The claim just moved: focus follows it once the ledger comes back in its new order.
  const pendingFocus = useRef<string | null>(null);
  const [movedId, setMovedId] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);

  useEffect(() => {
    const id = pendingFocus.current;
    const button = listRef.current?.querySelector<HTMLElement>(`[data-claim-id="${id ?? ''}"]`);
    if (id === null || !button) return;
    pendingFocus.current = null;
    button.focus();
  }, [items]);

  const movedIndex = items.findIndex((item) => item.id === movedId);
  const announce =
    movedIndex < 0
      ? ''
      : t('conclusions.ledger.moved', {
          position: number(movedIndex + 1),
          total: number(items.length),
        });

  if (items.length === 0) return <p className="cn-muted">{t('conclusions.ledger.empty')}</p>;

  const move = async (next: LedgerMove): Promise<void> => {
    pendingFocus.current = next.id;
    if (await onMove(next)) setMovedId(next.id);
    else pendingFocus.current = null;
  };
  const onKeyDown = (event: KeyboardEvent, id: string, index: number): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const direction = event.key === 'ArrowUp' ? 'up' : 'down';
    if (direction === 'up' ? index > 0 : index < items.length - 1) void move({ id, direction });
  };
  return (
    <>
      <p className="cn-muted cn-ledger-hint">{t('conclusions.ledger.reorderHint')}</p>
      <ul className="cn-ledger" ref={listRef} aria-label={t('conclusions.ledger.label')}>
        {items.map((item, index) => (
          <li
            key={item.id}
            className={[
              'cn-ledger-row',
              dragId === item.id ? 'cn-dragging' : '',
              overId === item.id && dragId !== item.id ? 'cn-drop-target' : '',
            ].join(' ')}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', item.claim);
              setDragId(item.id);
            }}
            onDragEnd={() => {
              setDragId(null);
              setOverId(null);
            }}
            onDragOver={(event) => {
              if (dragId === null) return;
              event.preventDefault();
              setOverId(item.id);
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragId !== null && dragId !== item.id) void move({ id: dragId, ontoId: item.id });
              setDragId(null);
              setOverId(null);
            }}
          >
            <button
              type="button"
              className="cn-ledger-item"
              data-claim-id={item.id}
              aria-current={item.id === selectedId ? 'true' : undefined}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              onClick={() => {
                onSelect(item.id);
              }}
              onKeyDown={(event) => {
                onKeyDown(event, item.id, index);
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
            <span className="cn-ledger-move">
              <button
                type="button"
                className="cn-icon-button"
                aria-label={t('conclusions.ledger.moveUp', { claim: item.claim })}
                title={t('conclusions.ledger.moveUpShort')}
                disabled={index === 0}
                onClick={() => void move({ id: item.id, direction: 'up' })}
              >
                ↑
              </button>
              <button
                type="button"
                className="cn-icon-button"
                aria-label={t('conclusions.ledger.moveDown', { claim: item.claim })}
                title={t('conclusions.ledger.moveDownShort')}
                disabled={index === items.length - 1}
                onClick={() => void move({ id: item.id, direction: 'down' })}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </>
  );
}

/** A claim's status as a coloured chip. */
export function StatusChip({ status }: { status: ConclusionStatus }) {
  const { t } = useI18n();
  return <span className={`cn-chip cn-chip-${status}`}>{t(`conclusions.status.${status}`)}</span>;
}
