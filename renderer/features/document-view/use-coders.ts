import { useEffect, useMemo, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace } from '../../app/WorkspaceProvider';

export type CoderItem = Output<'coders.list'>[number];

/** The project's coders, oldest first, refetched when the project changes or after a change. */
export function useCoders(): CoderItem[] {
  const { client } = useClient();
  const project = useWorkspace((s) => s.project);
  const revision = useWorkspace((s) => s.revision);
  const [coders, setCoders] = useState<CoderItem[]>([]);
  useEffect(() => {
    if (!project) return;
    let live = true;
    client
      .call('coders.list', {})
      .then((list) => {
        if (live) setCoders(list);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, project, revision]);
  return coders;
}

/** Coder names by id. */
export function useCoderNames(coders: readonly CoderItem[]): ReadonlyMap<string, string> {
  return useMemo(() => new Map(coders.map((c) => [c.id, c.name])), [coders]);
}
