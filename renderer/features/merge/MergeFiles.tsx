import { useId, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { shellDialogs } from '../workspace/shell-dialogs';

interface MergeFilesProps {
  files: string[];
  onAdd: (file: string) => void;
  onRemove: (file: string) => void;
  onError: (error: unknown) => void;
}

/** The project files to merge in: a path field in browser mode, the file dialog on the desktop. */
export function MergeFiles({ files, onAdd, onRemove, onError }: MergeFilesProps) {
  const { t } = useI18n();
  const { mode } = useClient();
  const [path, setPath] = useState('');
  const inputId = useId();
  const hintId = useId();
  const listId = useId();
  const choose = (): void => {
    shellDialogs()
      ?.openProject()
      .then((file) => {
        if (file !== null) onAdd(file);
      })
      .catch(onError);
  };
  return (
    <div className="merge-files">
      {mode === 'desktop' ? (
        <button type="button" onClick={choose}>
          {t('merge.files.choose')}
        </button>
      ) : (
        <form
          className="merge-path"
          onSubmit={(event) => {
            event.preventDefault();
            if (path.trim() === '') return;
            onAdd(path.trim());
            setPath('');
          }}
        >
          <label htmlFor={inputId}>{t('merge.files.label')}</label>
          <div className="merge-path-row">
            <input
              id={inputId}
              value={path}
              spellCheck={false}
              aria-describedby={hintId}
              placeholder="/home/…/coder.telaah"
              onChange={(event) => {
                setPath(event.target.value);
              }}
            />
            <button type="submit" disabled={path.trim() === ''}>
              {t('merge.files.add')}
            </button>
          </div>
          <p id={hintId} className="merge-muted">
            {t('merge.files.hint')}
          </p>
        </form>
      )}
      <h3 id={listId}>{t('merge.files.list')}</h3>
      {files.length === 0 ? (
        <p className="merge-muted">{t('merge.files.none')}</p>
      ) : (
        <ul className="merge-file-list" aria-labelledby={listId}>
          {files.map((file) => (
            <li key={file}>
              <span className="merge-file" title={file}>
                {file}
              </span>
              <button
                type="button"
                className="merge-remove"
                aria-label={t('merge.files.remove', { file })}
                onClick={() => {
                  onRemove(file);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
