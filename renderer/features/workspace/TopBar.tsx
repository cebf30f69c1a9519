import { useCallback, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { MenuEvent } from '../../api/telaah-bridge';
import { useI18n } from '../../i18n/LanguageProvider';
import { LanguageSwitch } from '../../LanguageSwitch';
import { CoderSwitchDialog } from '../document-view/CoderSwitchDialog';
import { useReaderUndoKeys } from '../document-view/use-reader-undo-keys';
import { actionKey, useHistory } from './use-history';
import { useMenuEvents } from './use-menu-events';
import { useProjectActions, type ProjectAction } from './use-project-actions';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { ViewSwitch } from './ViewSwitch';

/** Project name, who is coding, undo/redo, the main view, the language and closing the project. */
export function TopBar() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const project = useWorkspace((s) => s.project);
  const { t, language, setLanguage } = useI18n();
  const history = useHistory();
  const [switching, setSwitching] = useState(false);
  const actions = useProjectActions();
  const { undo, redo } = history;
  const undoKey = useCallback(() => void undo(), [undo]);
  const redoKey = useCallback(() => void redo(), [redo]);
  useUndoShortcuts(undoKey, redoKey);
  useReaderUndoKeys(undoKey, redoKey);

  const close = useCallback(async (): Promise<void> => {
    try {
      await client.call('project.close', {});
      await store.adoptProject(null);
    } catch (error) {
      store.fail(error);
    }
  }, [client, store]);

  const switchProject = useCallback(
    async (action: ProjectAction, given?: string): Promise<void> => {
      const coder = store.get().project?.coder.name ?? '';
      const path = given ?? (await actions.pickPath(action));
      if (path === null) return;
      const error = await actions.run(action, path, coder);
      if (error !== null) store.set({ notice: { kind: 'error', text: error } });
    },
    [actions, store],
  );
  const onMenu = useCallback(
    (event: MenuEvent): void => {
      if (event.action === 'edit.undo') void undo();
      else if (event.action === 'edit.redo') void redo();
      else if (event.action === 'file.import') store.requestImport();
      else if (event.action === 'file.new') void switchProject('create');
      else if (event.action === 'file.open') void switchProject('open');
      else if (event.action === 'file.openRecent' && event.path)
        void switchProject('open', event.path);
    },
    [undo, redo, store, switchProject],
  );
  useMenuEvents(onMenu);

  if (!project) return null;
  const { canUndo, canRedo, undoAction, redoAction } = history.state;
  return (
    <header className="topbar" aria-label={t('workspace.topbar.label')}>
      <h1 className="topbar-brand">Telaah</h1>
      <span className="topbar-project" title={project.file}>
        {project.name.replace(/\.telaah$/u, '')}
      </span>
      <button
        type="button"
        className="topbar-coder"
        data-testid="current-coder"
        title={t('workspace.coder.switch')}
        aria-haspopup="dialog"
        onClick={() => {
          setSwitching(true);
        }}
      >
        <span className="coder-dot" style={{ background: project.coder.color }} aria-hidden />
        {t('workspace.coder.current', { name: project.coder.name })}
      </button>
      {switching && (
        <CoderSwitchDialog
          onClose={() => {
            setSwitching(false);
          }}
        />
      )}
      <div className="topbar-group" role="group" aria-label={t('workspace.undo')}>
        <button
          type="button"
          disabled={!canUndo}
          className="icon-button topbar-icon"
          aria-label={t('workspace.undo')}
          title={t('workspace.undo.what', { what: t(actionKey(undoAction)) })}
          onClick={() => void undo()}
        >
          ↶
        </button>
        <button
          type="button"
          disabled={!canRedo}
          className="icon-button topbar-icon"
          aria-label={t('workspace.redo')}
          title={t('workspace.redo.what', { what: t(actionKey(redoAction)) })}
          onClick={() => void redo()}
        >
          ↷
        </button>
      </div>
      <ViewSwitch />
      <span className="topbar-spacer" />
      <LanguageSwitch label={t('language.label')} language={language} onChange={setLanguage} />
      <button type="button" onClick={() => void close()}>
        {t('workspace.close')}
      </button>
    </header>
  );
}
