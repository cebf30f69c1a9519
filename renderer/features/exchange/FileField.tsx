import { useId, useState } from 'react';
import { getBridge } from '../../api/telaah-bridge';
import { useI18n } from '../../i18n/LanguageProvider';
import { uploadWithProgress } from '../documents/upload-with-progress';

interface FileFieldProps {
  accept: string;
  busy: boolean;
  submitLabel: string;
  /** Called with how to get a path the server can read: as typed, or by uploading a file. */
  onPath: (path: () => Promise<string>) => void;
}

/** A file path field, plus (in browser mode) a file chooser that uploads to the local server. */
export function FileField({ accept, busy, submitLabel, onPath }: FileFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const [path, setPath] = useState('');
  const browserMode = getBridge(window) === undefined;
  return (
    <form
      className="exchange-file"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = path.trim();
        if (typed !== '') onPath(() => Promise.resolve(typed));
      }}
    >
      <label htmlFor={`${id}-path`}>{t('exchange.path.label')}</label>
      <div className="exchange-file-row">
        <input
          id={`${id}-path`}
          value={path}
          spellCheck={false}
          placeholder={accept.split(',').join('  ')}
          onChange={(event) => {
            setPath(event.target.value);
          }}
        />
        <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
          {busy ? t('exchange.working') : submitLabel}
        </button>
      </div>
      {browserMode ? (
        <label className="exchange-upload">
          <span>{t('exchange.path.or')}</span>
          <input
            type="file"
            accept={accept}
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              onPath(async () => (await uploadWithProgress(file, () => undefined)).path);
            }}
          />
        </label>
      ) : null}
    </form>
  );
}
