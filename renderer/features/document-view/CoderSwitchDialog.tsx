import { useState } from 'react';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';
import { Dialog } from '../../ui/Dialog';
import { CODER_STORAGE_KEY } from '../workspace/use-coder-name';
import { useCoders } from './use-coders';

const NEW = '';

/** Who is coding: one of the project's coders or a new name; the project reopens under it. */
export function CoderSwitchDialog({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const store = useWorkspaceStore();
  const project = useWorkspace((s) => s.project);
  const coders = useCoders();
  const [picked, setPicked] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choice = picked ?? project?.coder.name ?? NEW;
  const target = choice === NEW ? name.trim() : choice;
  const submit = async (): Promise<void> => {
    if (target === '' || busy) return;
    if (target === project?.coder.name) {
      onClose();
      return;
    }
    setBusy(true);
    try {
      await store.switchCoder(target);
      localStorage.setItem(CODER_STORAGE_KEY, target);
      onClose();
    } catch (caught) {
      setError(errorText(caught, language));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('documentView.coderSwitch.title')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('documentView.coderSwitch.cancel')}
          </button>
          <button type="submit" className="primary" disabled={target === '' || busy}>
            {t('documentView.coderSwitch.submit')}
          </button>
        </>
      }
    >
      <p>{t('documentView.coderSwitch.hint')}</p>
      <fieldset className="coder-switch-list">
        <legend>{t('documentView.coderSwitch.legend')}</legend>
        {coders.map((c) => (
          <label key={c.id} className="coder-switch-row">
            <input
              type="radio"
              name="coder"
              value={c.name}
              checked={choice === c.name}
              {...(choice === c.name ? { 'data-autofocus': true } : {})}
              onChange={() => {
                setPicked(c.name);
              }}
            />
            <span className="coder-dot" style={{ background: c.color }} aria-hidden />
            <span>
              {c.id === project?.coder.id
                ? t('documentView.coderSwitch.current', { name: c.name })
                : c.name}
            </span>
          </label>
        ))}
        <label className="coder-switch-row">
          <input
            type="radio"
            name="coder"
            value={NEW}
            checked={choice === NEW}
            onChange={() => {
              setPicked(NEW);
            }}
          />
          <span>{t('documentView.coderSwitch.new')}</span>
        </label>
      </fieldset>
      {choice === NEW && (
        <label>
          {t('documentView.coderSwitch.newName')}
          <input
            type="text"
            value={name}
            maxLength={100}
            autoComplete="name"
            autoFocus
            onChange={(e) => {
              setName(e.target.value);
            }}
          />
        </label>
      )}
      {error !== null && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
