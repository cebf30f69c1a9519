import { useCallback, useMemo, useState } from 'react';
import type { ProjectInfo } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';
import { shellDialogs } from './shell-dialogs';

export type ProjectAction = 'create' | 'open' | 'sample';

export interface ProjectActions {
  busy: ProjectAction | null;
  error: string | null;
  clearError: () => void;
  /** Creates, opens or fills a sample project at `file` under `coder` and shows it; the error text or null. */
  run: (action: ProjectAction, file: string, coder: string) => Promise<string | null>;
  /** Desktop: asks the shell for a path first; null when the dialog was cancelled. */
  pickPath: (action: ProjectAction) => Promise<string | null>;
}

/** Opening a project from the welcome screen or the menu, with its error in the user's language. */
export function useProjectActions(): ProjectActions {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { language } = useI18n();
  const [busy, setBusy] = useState<ProjectAction | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (action: ProjectAction, file: string, coder: string): Promise<string | null> => {
      setBusy(action);
      setError(null);
      try {
        const input = { file: file.trim(), coder: coder.trim() };
        let project: ProjectInfo;
        if (action === 'create') project = await client.call('project.create', input);
        else if (action === 'open') project = await client.call('project.open', input);
        else project = await client.call('project.createSample', input);
        await shellDialogs()?.addRecent(project.file);
        await store.adoptProject(project);
        return null;
      } catch (caught) {
        const text = errorText(caught, language);
        setError(text);
        return text;
      } finally {
        setBusy(null);
      }
    },
    [client, store, language],
  );

  const pickPath = useCallback(async (action: ProjectAction): Promise<string | null> => {
    const dialogs = shellDialogs();
    if (!dialogs) return null;
    if (action === 'open') return dialogs.openProject();
    return dialogs.saveProject(action === 'sample' ? 'telaah-sample.telaah' : 'project.telaah');
  }, []);

  return useMemo(
    () => ({
      busy,
      error,
      clearError: () => {
        setError(null);
      },
      run,
      pickPath,
    }),
    [busy, error, run, pickPath],
  );
}
