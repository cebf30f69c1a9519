import { MemosPanel } from '../memos/MemosPanel';
import { SearchPanel } from '../search/SearchPanel';
import { SegmentDetails } from '../segment-details/SegmentDetails';
import { useWorkspace } from '../../app/WorkspaceProvider';

/** The right-hand panel: the selected segment's details, memos, or search. */
export function SidePanel() {
  const tab = useWorkspace((s) => s.sideTab);
  return (
    <aside className="workspace-side">
      {tab === 'details' && <SegmentDetails />}
      {tab === 'memos' && <MemosPanel />}
      {tab === 'search' && <SearchPanel />}
    </aside>
  );
}
