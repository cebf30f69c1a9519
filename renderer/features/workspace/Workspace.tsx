import { AttributesGrid } from '../attributes/AttributesGrid';
import { CodebookPane } from '../codebook/CodebookPane';
import { DocumentPane } from '../document-view/DocumentPane';
import { DocumentsPane } from '../documents/DocumentsPane';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { SidePanel } from './SidePanel';

/** The QDA layout: documents and codebook on the left, the document, and a side panel. */
export function Workspace() {
  const mainView = useWorkspace((s) => s.mainView);
  return (
    <div className="workspace">
      <div className="workspace-left">
        <DocumentsPane />
        <CodebookPane />
      </div>
      <main className="workspace-main">
        {mainView === 'attributes' ? <AttributesGrid /> : <DocumentPane />}
      </main>
      <SidePanel />
    </div>
  );
}
