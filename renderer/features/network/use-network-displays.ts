import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { NetworkDisplay } from './display-types';

/** The saved co-occurrence tables, networks and charts, refetched after every change. */
export function useNetworkDisplays(): NetworkDisplay[] {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [displays, setDisplays] = useState<NetworkDisplay[]>([]);
  const load = useCallback(() => client.call('networkDisplays.list', {}), [client]);
  useEffect(() => {
    let live = true;
    load()
      .then((found) => {
        if (live) setDisplays(found);
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [load, store, revision]);
  return displays;
}
