import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';

export interface FilterOptions {
  coders: Output<'coders.list'>;
  cases: Output<'cases.list'>;
  variables: Output<'variables.list'>;
}

/** Coders, cases and variables to filter and group displays by, refetched after changes. */
export function useFilterOptions(): FilterOptions {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [options, setOptions] = useState<FilterOptions>({ coders: [], cases: [], variables: [] });
  useEffect(() => {
    let live = true;
    Promise.all([
      client.call('coders.list', {}),
      client.call('cases.list', {}),
      client.call('variables.list', {}),
    ])
      .then(([coders, cases, variables]) => {
        if (live) setOptions({ coders, cases, variables });
      })
      .catch(store.fail);
    return () => {
      live = false;
    };
  }, [client, store, revision]);
  return options;
}
