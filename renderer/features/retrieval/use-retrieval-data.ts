import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';

export type CaseItem = Output<'cases.list'>[number];
export type CoderItem = Output<'coders.list'>[number];
export type VariableItem = Output<'variables.list'>[number];
export type SavedQueryItem = Output<'queries.list'>[number];

export interface RetrievalData {
  cases: CaseItem[];
  coders: CoderItem[];
  variables: VariableItem[];
  savedQueries: SavedQueryItem[];
  reload: () => void;
}

/** Cases, coders, variables and saved queries, refetched after every change. */
export function useRetrievalData(): RetrievalData {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [tick, setTick] = useState(0);
  const [data, setData] = useState<Omit<RetrievalData, 'reload'>>({
    cases: [],
    coders: [],
    variables: [],
    savedQueries: [],
  });
  useEffect(() => {
    let live = true;
    Promise.all([
      client.call('cases.list', {}),
      client.call('coders.list', {}),
      client.call('variables.list', {}),
      client.call('queries.list', {}),
    ]).then(([cases, coders, variables, savedQueries]) => {
      if (live) setData({ cases, coders, variables, savedQueries });
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, revision, tick]);
  const reload = useCallback(() => {
    setTick((n) => n + 1);
  }, []);
  return { ...data, reload };
}
