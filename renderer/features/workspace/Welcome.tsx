import { useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { LanguageSwitch } from '../../LanguageSwitch';
import type { MenuEvent } from '../../api/telaah-bridge';
import { AppStatus } from './AppStatus';
import { ProjectPathForm } from './ProjectPathForm';
import { RecentProjects } from './RecentProjects';
import { useCoderName } from './use-coder-name';
import { useMenuEvents } from './use-menu-events';
import { useProjectActions, type ProjectAction } from './use-project-actions';
import { suggestPath, useRecentProjects } from './use-recent-projects';
import './workspace.css';

const DEFAULT_NAMES: Record<ProjectAction, string> = {
  create: 'my-project.telaah',
  open: 'my-project.telaah',
  sample: 'telaah-sample.telaah',
};

/** First run and every start without a project: who is coding, and which project to work on. */
export function Welcome() {
  const { mode } = useClient();
  const { t, language, setLanguage } = useI18n();
  const [coder, setCoder] = useCoderName();
  const [form, setForm] = useState<ProjectAction | null>(null);
  const [coderMissing, setCoderMissing] = useState(false);
  const recent = useRecentProjects();
  const actions = useProjectActions();

  const needCoder = (): boolean => {
    const missing = coder.trim() === '';
    setCoderMissing(missing);
    if (missing) document.getElementById('coder-name')?.focus();
    return missing;
  };
  const start = async (action: ProjectAction): Promise<void> => {
    if (needCoder()) return;
    actions.clearError();
    if (mode === 'browser') {
      setForm(action);
      return;
    }
    const path = await actions.pickPath(action);
    if (path !== null) await actions.run(action, path, coder);
  };
  const openRecent = (file: string): void => {
    if (!needCoder()) void actions.run('open', file, coder);
  };
  // Re-subscribes each render, which is cheap, so the handler always sees the current coder.
  useMenuEvents((event: MenuEvent) => {
    if (event.action === 'file.new') void start('create');
    else if (event.action === 'file.open') void start('open');
    else if (event.action === 'file.openRecent' && event.path) openRecent(event.path);
  });
  const initialPath =
    form === 'open'
      ? (recent.find((p) => p.exists)?.file ?? DEFAULT_NAMES.open)
      : suggestPath(recent, DEFAULT_NAMES[form ?? 'create']);

  return (
    <div className="app welcome">
      <header className="app-header">
        <div>
          <h1 className="brand-name">Telaah</h1>
          <p className="brand-tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch label={t('language.label')} language={language} onChange={setLanguage} />
      </header>
      <main className="home">
        <h2>{t('home.heading')}</h2>
        <p>{t('home.body')}</p>
        <div className="field">
          <label htmlFor="coder-name">{t('workspace.coder.label')}</label>
          <input
            id="coder-name"
            value={coder}
            autoComplete="name"
            required
            aria-invalid={coderMissing}
            aria-describedby="coder-hint"
            onChange={(event) => {
              setCoder(event.target.value);
              if (event.target.value.trim() !== '') setCoderMissing(false);
            }}
          />
          <p id="coder-hint" className={coderMissing ? 'hint field-error' : 'hint'}>
            {coderMissing ? t('workspace.coder.required') : t('workspace.coder.hint')}
          </p>
        </div>
        <section aria-labelledby="welcome-start-heading">
          <h3 id="welcome-start-heading" className="visually-hidden">
            {t('workspace.start.heading')}
          </h3>
          <div className="welcome-actions">
            <button type="button" className="primary" onClick={() => void start('create')}>
              {t('workspace.new')}
            </button>
            <button type="button" onClick={() => void start('open')}>
              {t('workspace.open')}
            </button>
            <button type="button" onClick={() => void start('sample')}>
              {t('workspace.sample')}
            </button>
          </div>
          <p className="hint">{t('workspace.sample.hint')}</p>
        </section>
        {form !== null && (
          <ProjectPathForm
            key={form}
            action={form}
            initialPath={initialPath}
            busy={actions.busy !== null}
            onSubmit={(path) => void actions.run(form, path, coder)}
            onCancel={() => {
              setForm(null);
            }}
          />
        )}
        {actions.error !== null && (
          <p role="alert" className="welcome-error">
            {actions.error}
          </p>
        )}
        <RecentProjects projects={recent} disabled={actions.busy !== null} onOpen={openRecent} />
      </main>
      <AppStatus />
    </div>
  );
}
