import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { MessageKey } from '../../i18n/create-translator';
import { useI18n } from '../../i18n/LanguageProvider';

type HistoryState = Output<'history.state'>;

const NO_HISTORY: HistoryState = {
  canUndo: false,
  canRedo: false,
  undoAction: null,
  redoAction: null,
  undoBlockedBy: null,
};

/** The words for what an undo step reverts, from its event action (`segments.code`). */
export function actionKey(action: string | null): MessageKey {
  const noun = action?.split('.')[0] ?? '';
  if (action === 'documents.setValue' || noun === 'variables' || noun === 'cases')
    return 'workspace.action.attribute';
  if (noun === 'segments' || noun === 'codings') return 'workspace.action.coding';
  if (noun === 'codes') return 'workspace.action.code';
  if (noun === 'memos') return 'workspace.action.memo';
  if (noun === 'merge') return 'workspace.action.merge';
  if (noun === 'review' || noun === 'comments') return 'workspace.action.review';
  if (noun === 'documents') return 'workspace.action.document';
  if (noun === 'summaries') return 'workspace.action.summary';
  if (noun === 'conclusions') return 'workspace.action.conclusion';
  if (noun === 'displays' || noun === 'matrix' || noun === 'codeLinks')
    return 'workspace.action.display';
  if (noun === 'queries') return 'workspace.action.query';
  if (noun === 'exchange') return 'workspace.action.projectImport';
  return 'workspace.action.other';
}

export interface History {
  state: HistoryState;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/** Undo and redo of the project's last changes, refreshed after every change. */
export function useHistory(): History {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const { t } = useI18n();
  const [state, setState] = useState<HistoryState>(NO_HISTORY);
  useEffect(() => {
    let live = true;
    client.call('history.state', {}).then(
      (next) => {
        if (live) setState(next);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, revision]);

  const step = useCallback(
    async (direction: 'undo' | 'redo'): Promise<void> => {
      try {
        const result = await client.call(
          direction === 'undo' ? 'history.undo' : 'history.redo',
          {},
        );
        const what = t(actionKey(result.action));
        let text: string;
        if (result.done)
          text = t(direction === 'undo' ? 'workspace.undone' : 'workspace.redone', { what });
        else if (direction === 'undo' && result.action !== null) text = t('workspace.undo.blocked');
        else text = t(direction === 'undo' ? 'workspace.nothing.undo' : 'workspace.nothing.redo');
        store.set({ notice: { kind: 'info', text } });
        if (result.done) await store.afterChange();
      } catch (error) {
        store.fail(error);
      }
    },
    [client, store, t],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);
  return { state, undo, redo };
}
