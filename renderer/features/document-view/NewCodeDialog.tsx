import { useId, useState, type SyntheticEvent } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';

interface Props {
  initialName: string;
  onCreate: (name: string) => void;
  onClose: () => void;
}

/** Names a new code that is then applied to the selection. */
export function NewCodeDialog({ initialName, onCreate, onClose }: Props) {
  const { t } = useI18n();
  const titleId = useId();
  const [name, setName] = useState(initialName);
  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (name.trim() !== '') onCreate(name.trim());
  };
  return (
    <div className="code-palette-backdrop" onMouseDown={onClose}>
      <form
        className="code-palette new-code-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onMouseDown={(e) => {
          e.stopPropagation();
        }}
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h3 id={titleId}>{t('documentView.newCode.title')}</h3>
        <label className="new-code-field">
          <span>{t('documentView.newCode.name')}</span>
          <input
            value={name}
            autoFocus
            maxLength={200}
            onChange={(e) => {
              setName(e.target.value);
            }}
          />
        </label>
        <div className="new-code-actions">
          <button type="button" onClick={onClose}>
            {t('documentView.newCode.cancel')}
          </button>
          <button type="submit" className="is-primary" disabled={name.trim() === ''}>
            {t('documentView.newCode.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
