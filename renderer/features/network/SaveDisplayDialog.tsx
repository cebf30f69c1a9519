import { useId, useState } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';

/** Asks for the name to save a display under. */
export function SaveDisplayDialog({
  initialName,
  onSave,
  onClose,
}: {
  initialName: string;
  onSave: (name: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(initialName);
  const submit = (): void => {
    if (name.trim() !== '') onSave(name.trim());
  };
  return (
    <Dialog
      title={t('network.saveTitle')}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="cbdialog-button" onClick={onClose}>
            {t('network.cancel')}
          </button>
          <button
            type="submit"
            className="cbdialog-button cbdialog-button-primary"
            disabled={name.trim() === ''}
          >
            {t('network.save')}
          </button>
        </>
      }
    >
      <label htmlFor={id}>
        {t('network.name')}
        <input
          id={id}
          type="text"
          value={name}
          maxLength={200}
          data-autofocus
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
      </label>
    </Dialog>
  );
}
