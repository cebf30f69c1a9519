import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { DefinitionDialog } from './DefinitionDialog';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { MergeDialog } from './MergeDialog';
import type { CodeActions } from './use-code-actions';
import type { CodebookView } from './use-codebook-view';

/** The open codebook dialog, if any: merge, delete or definition. */
export function CodebookDialogs({ view, actions }: { view: CodebookView; actions: CodeActions }) {
  const i18n = useI18n();
  const { t } = i18n;
  const store = useWorkspaceStore();
  const node = view.dialog ? view.tree.byId.get(view.dialog.id) : undefined;
  if (!view.dialog || !node) return null;
  const close = (): void => {
    view.setDialog(null);
  };
  const id = node.code.id;
  if (view.dialog.kind === 'delete') {
    const confirm = (): void => {
      close();
      void actions.remove(id);
    };
    return <DeleteCodeDialog node={node} onClose={close} onConfirm={confirm} />;
  }
  if (view.dialog.kind === 'merge') {
    const merge = (targetId: string): void => {
      close();
      void actions.merge([id], targetId).then((result) => {
        if (!result) return;
        view.setFocused(targetId);
        const text = t('codebook.merge.done', {
          moved: i18n.number(result.movedCodings),
          dropped: i18n.number(result.droppedDuplicates),
        });
        store.set({ notice: { kind: 'info', text } });
      });
    };
    return <MergeDialog tree={view.tree} node={node} onClose={close} onMerge={merge} />;
  }
  return (
    <DefinitionDialog
      code={node.code}
      onClose={close}
      onSave={(patch) => {
        close();
        void actions.update(id, patch);
      }}
    />
  );
}
