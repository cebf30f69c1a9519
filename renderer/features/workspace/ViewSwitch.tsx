import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { MainView } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';

/** The main views in the order of the work: code, analyse (reduce, display, conclude), team. */
const GROUPS: { name: 'code' | 'analyse' | 'team'; views: MainView[] }[] = [
  { name: 'code', views: ['document', 'attributes'] },
  { name: 'analyse', views: ['retrieval', 'matrix', 'network', 'conclusions'] },
  { name: 'team', views: ['agreement', 'team', 'review', 'audit'] },
];

/** Switches the main area between the document and the analysis and team views. */
export function ViewSwitch() {
  const store = useWorkspaceStore();
  const view = useWorkspace((s) => s.mainView);
  const { t } = useI18n();
  return (
    <nav className="view-switch" aria-label={t('workspace.view.label')}>
      {GROUPS.map((group) => (
        <div
          key={group.name}
          className="segmented"
          role="group"
          aria-label={t(`workspace.view.group.${group.name}`)}
        >
          {group.views.map((name) => (
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
      ))}
    </nav>
  );
}
