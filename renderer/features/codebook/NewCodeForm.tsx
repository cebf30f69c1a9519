import { useState } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';

interface NewCodeFormProps {
  /** The parent's name, or null for a top-level code. */
  parentName: string | null;
  onCreate: (name: string) => void;
  onCancel: () => void;
}

/** Names a new code before it exists, so cancelling leaves nothing behind. */
export function NewCodeForm({ parentName, onCreate, onCancel }: NewCodeFormProps) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const label = parentName ? t('codebook.newUnder', { name: parentName }) : t('codebook.newTop');
  return (
    <form
      className="codebook-new"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onCreate(name.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label>
        <span className="codebook-new-label">{label}</span>
        <input
          // The form appears because the user asked for it, so focus belongs there.
          autoFocus
          type="text"
          value={name}
          placeholder={t('codebook.namePlaceholder')}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
      </label>
      <div className="codebook-new-actions">
        <button type="button" className="cbdialog-button" onClick={onCancel}>
          {t('codebook.cancel')}
        </button>
        <button
          type="submit"
          className="cbdialog-button cbdialog-button-primary"
          disabled={!name.trim()}
        >
          {t('codebook.create')}
        </button>
      </div>
    </form>
  );
}
