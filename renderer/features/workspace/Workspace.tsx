import type { ComponentType } from 'react';
import type { MainView } from '../../app/workspace-store';
import { AgreementView } from '../agreement/AgreementView';
import { AttributesGrid } from '../attributes/AttributesGrid';
import { AuditView } from '../audit/AuditView';
import { ConclusionsView } from '../conclusions/ConclusionsView';
import { MatrixView } from '../matrix/MatrixView';
import { NetworkView } from '../network/NetworkView';
import { RetrievalView } from '../retrieval/RetrievalView';
import { ReviewView } from '../review/ReviewView';
import { TeamView } from '../team/TeamView';
import { CodebookPane } from '../codebook/CodebookPane';
import { DocumentPane } from '../document-view/DocumentPane';
import { DocumentsPane } from '../documents/DocumentsPane';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Notices } from './Notices';
import { SidePanel } from './SidePanel';
import { Splitter } from './Splitter';
import { TopBar } from './TopBar';
import { PANE_LIMITS, usePaneSizes } from './use-pane-sizes';
import './workspace.css';

/** What the main area shows for each view of the view switch. */
const MAIN_VIEWS: Record<MainView, ComponentType> = {
  document: DocumentPane,
  attributes: AttributesGrid,
  retrieval: RetrievalView,
  matrix: MatrixView,
  network: NetworkView,
  conclusions: ConclusionsView,
  agreement: AgreementView,
  team: TeamView,
  review: ReviewView,
  audit: AuditView,
};

/** The QDA layout: documents and codebook on the left, the document, and a side panel. */
export function Workspace() {
  const mainView = useWorkspace((s) => s.mainView);
  const { t } = useI18n();
  const [sizes, resize] = usePaneSizes();
  const MainArea = MAIN_VIEWS[mainView];
  return (
    <div className="workspace-shell">
      <TopBar />
      <div
        className="workspace"
        style={{ gridTemplateColumns: `${sizes.left}px 6px minmax(0, 1fr) 6px ${sizes.side}px` }}
      >
        <div
          className="workspace-left"
          style={{
            gridTemplateRows: `minmax(0, ${sizes.documents}fr) 6px minmax(0, ${100 - sizes.documents}fr)`,
          }}
        >
          <DocumentsPane />
          <Splitter
            label={t('workspace.splitter.documents')}
            orientation="horizontal"
            value={sizes.documents}
            {...PANE_LIMITS.documents}
            step={5}
            fromDrag={(start, delta) =>
              start + (delta / Math.max(1, window.innerHeight - 48)) * 100
            }
            onChange={(value) => {
              resize('documents', value);
            }}
          />
          <CodebookPane />
        </div>
        <Splitter
          label={t('workspace.splitter.left')}
          orientation="vertical"
          value={sizes.left}
          {...PANE_LIMITS.left}
          step={16}
          fromDrag={(start, delta) => start + delta}
          onChange={(value) => {
            resize('left', value);
          }}
        />
        <main className="workspace-main">
          <MainArea />
        </main>
        <Splitter
          label={t('workspace.splitter.side')}
          orientation="vertical"
          value={sizes.side}
          {...PANE_LIMITS.side}
          step={16}
          fromDrag={(start, delta) => start - delta}
          onChange={(value) => {
            resize('side', value);
          }}
        />
        <SidePanel />
      </div>
      <Notices />
    </div>
  );
}
