import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import type { ProjectAction } from './use-project-actions';

interface ProjectPathFormProps {
  action: ProjectAction;
  initialPath: string;
  busy: boolean;
  onSubmit: (path: string) => void;
  onCancel: () => void;
}

/** Browser mode's stand-in for a file dialog: one path field, explained. */
export function ProjectPathForm({
  action,
  initialPath,
  busy,
  onSubmit,
  onCancel,
}: ProjectPathFormProps) {
  const { t } = useI18n();
  const [path, setPath] = useState(initialPath);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [action]);
  return (
    <form
      className="path-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (path.trim() !== '') onSubmit(path);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor="project-path">{t(`workspace.path.label.${action}`)}</label>
      <input
        id="project-path"
        ref={input}
        value={path}
        spellCheck={false}
        required
        aria-describedby="project-path-hint"
        onChange={(event) => {
          setPath(event.target.value);
        }}
      />
      <p id="project-path-hint" className="hint">
        {t('workspace.path.hint')}
      </p>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
          {busy ? t('workspace.busy') : t(`workspace.path.submit.${action}`)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('workspace.cancel')}
        </button>
      </div>
    </form>
  );
}
