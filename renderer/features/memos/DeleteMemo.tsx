import { useId, useState } from 'react';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';

interface DeleteMemoProps {
  memoTitle: string;
  onConfirm: () => Promise<void>;
}

/** A delete button that asks first, in place. */
export function DeleteMemo({ memoTitle, onConfirm }: DeleteMemoProps) {
  const { t } = useI18n();
  const store = useWorkspaceStore();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <div className="memo-delete">
        <button
          type="button"
          className="memo-danger-link"
          onClick={() => {
            setAsking(true);
          }}
        >
          {t('memos.delete')}
        </button>
      </div>
    );
  }
  return (
    <div
      className="memo-delete memo-confirm"
      role="alertdialog"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <p id={questionId}>{t('memos.deleteConfirm', { title: memoTitle })}</p>
      <button
        type="button"
        className="memo-danger"
        onClick={() => {
          onConfirm().catch(store.fail);
        }}
      >
        {t('memos.deleteYes')}
      </button>
      <button
        type="button"
        autoFocus
        onClick={() => {
          setAsking(false);
        }}
      >
        {t('memos.cancel')}
      </button>
    </div>
  );
}
