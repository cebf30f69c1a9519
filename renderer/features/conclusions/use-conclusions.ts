import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { ConclusionDetail } from '../../../core/api/contracts/conclusions';

/** The ledger (source types from the given document attribute, else by name), refetched after every change in the workspace (undo included). */
export function useConclusions(sourceVariableId?: string) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [items, setItems] = useState<ConclusionDetail[] | null>(null);
  useEffect(() => {
    let live = true;
    client
      .call('conclusions.list', sourceVariableId === undefined ? {} : { sourceVariableId })
      .then((list) => {
        if (live) setItems(list);
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, revision, sourceVariableId]);

  /** Runs a change, then refreshes everything that may show it (and the undo state). */
  const change = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        const result = await work();
        await store.afterChange();
        return result;
      } catch (error) {
        store.fail(error);
        return undefined;
      }
    },
    [store],
  );
  return { items, change };
}
