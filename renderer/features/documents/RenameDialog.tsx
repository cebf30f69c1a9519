import { useState } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';

interface RenameDialogProps {
  title: string;
  error: string | null;
  onRename: (title: string) => void;
  onClose: () => void;
}

/** Asks for a document's new title. */
export function RenameDialog({ title, error, onRename, onClose }: RenameDialogProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(title);
  return (
    <Dialog
      title={t('documents.rename.title')}
      onClose={onClose}
      onSubmit={() => {
        if (value.trim() !== '') onRename(value.trim());
      }}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('documents.cancel')}
          </button>
          <button type="submit" className="primary" disabled={value.trim() === ''}>
            {t('documents.save')}
          </button>
        </>
      }
    >
      <label htmlFor="rename-document">{t('documents.rename.label')}</label>
      <input
        id="rename-document"
        data-autofocus
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : 'rename-error'}
        onChange={(event) => {
          setValue(event.target.value);
        }}
      />
      {error !== null && (
        <p id="rename-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
