import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';

export type SegmentDetail = Output<'segments.get'>;
export type Coder = Output<'coders.list'>[number];

/** The selected segment with its codes and coder, refetched after every change. */
export function useSegmentDetail(): { detail: SegmentDetail | null; coder: Coder | null } {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const id = useWorkspace((s) => s.selectedSegmentId);
  const revision = useWorkspace((s) => s.revision);
  const [state, setState] = useState<{ detail: SegmentDetail | null; coder: Coder | null }>({
    detail: null,
    coder: null,
  });
  useEffect(() => {
    if (!id) return;
    let live = true;
    Promise.all([client.call('segments.get', { id }), client.call('coders.list', {})])
      .then(([detail, coders]) => {
        if (live) setState({ detail, coder: coders.find((c) => c.id === detail.coderId) ?? null });
      })
      .catch((error: unknown) => {
        // A segment removed elsewhere (undo, another pane) simply stops being selected.
        if (live) store.selectSegment(null);
        if (live && !(error instanceof Error && 'code' in error && error.code === 'not_found')) {
          store.fail(error);
        }
      });
    return () => {
      live = false;
    };
  }, [client, store, id, revision]);
  const current = state.detail?.id === id ? state : { detail: null, coder: null };
  return id ? current : { detail: null, coder: null };
}
