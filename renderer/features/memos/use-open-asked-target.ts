import { useEffect } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { MemoTarget } from '../../app/workspace-store';

/**
 * When the user asks for memos about something (e.g. "memo" on a segment), shows that
 * target's memos and opens the newest one, if any.
 */
export function useOpenAskedTarget(show: (target: MemoTarget, newestId: string | null) => void) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const asked = useWorkspace((s) => s.memoTarget);
  useEffect(() => {
    if (asked === null) return;
    let live = true;
    client.call('memos.list', { targetType: asked.type, targetId: asked.id }).then((found) => {
      if (live) show(asked, found[0]?.id ?? null);
    }, store.fail);
    return () => {
      live = false;
    };
    // `show` is a fresh closure each render; only a new request should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked, client, store]);
}
