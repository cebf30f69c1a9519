import type { KeyboardEvent } from 'react';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { SideTab } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { MemosPanel } from '../memos/MemosPanel';
import { SearchPanel } from '../search/SearchPanel';
import { SegmentDetails } from '../segment-details/SegmentDetails';

const TABS: SideTab[] = ['details', 'memos', 'search'];

/** The right-hand panel: the selected segment's details, memos, or search, as tabs. */
export function SidePanel() {
  const store = useWorkspaceStore();
  const tab = useWorkspace((s) => s.sideTab);
  const { t } = useI18n();
  const choose = (next: SideTab): void => {
    store.set({ sideTab: next });
    document.getElementById(`side-tab-${next}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const index = TABS.indexOf(tab);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1 + TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    choose(TABS[target % TABS.length] ?? 'details');
  };
  return (
    <aside className="workspace-side" aria-label={t('workspace.side.label')}>
      <div
        className="tabs"
        role="tablist"
        aria-label={t('workspace.side.label')}
        onKeyDown={onKeyDown}
      >
        {TABS.map((name) => (
          <button
            key={name}
            id={`side-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls="side-tabpanel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => {
              choose(name);
            }}
          >
            {t(`workspace.side.${name}`)}
          </button>
        ))}
      </div>
      <div
        id="side-tabpanel"
        className="side-tabpanel"
        role="tabpanel"
        aria-labelledby={`side-tab-${tab}`}
      >
        {tab === 'details' && <SegmentDetails />}
        {tab === 'memos' && <MemosPanel />}
        {tab === 'search' && <SearchPanel />}
      </div>
    </aside>
  );
}
