import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { MainView } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';

const VIEWS: MainView[] = [
  'document',
  'attributes',
  'retrieval',
  'matrix',
  'network',
  'conclusions',
  'agreement',
  'team',
];

/** Switches the main area between the open document and the attributes grid. */
export function ViewSwitch() {
  const store = useWorkspaceStore();
  const view = useWorkspace((s) => s.mainView);
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('workspace.view.label')}>
      {VIEWS.map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={view === name}
          onClick={() => {
            store.set({ mainView: name });
          }}
        >
          {t(`workspace.view.${name}`)}
        </button>
      ))}
    </div>
  );
}
