import { useI18n } from '../../i18n/LanguageProvider';
import type { MemoRowItem } from './use-memo-list';
import { splitMarks } from './split-marks';

interface MemoListProps {
  rows: MemoRowItem[];
  openId: string | null;
  targetLabel: (target: MemoRowItem['target']) => string;
  onOpen: (id: string) => void;
}

/** Memos as buttons: title, what the memo is about, a preview and when it was edited. */
export function MemoList({ rows, openId, targetLabel, onOpen }: MemoListProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <ul className="memo-list" aria-label={t('memos.list')}>
      {rows.map((row) => (
        <li key={row.id}>
          <button
            type="button"
            className="memo-item"
            aria-current={row.id === openId ? 'true' : undefined}
            onClick={() => {
              onOpen(row.id);
            }}
          >
            <span className="memo-item-title">{row.title || t('memos.untitled')}</span>
            <span className="memo-item-target">{targetLabel(row.target)}</span>
            {row.preview !== '' && (
              <span className="memo-item-preview">
                {splitMarks(row.preview).map((part, index) =>
                  part.marked ? <mark key={index}>{part.text}</mark> : part.text,
                )}
              </span>
            )}
            <span className="memo-item-date">
              {t('memos.updated', { date: i18n.dateTime(row.updatedAt) })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
