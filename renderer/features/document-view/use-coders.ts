import { useEffect, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace } from '../../app/WorkspaceProvider';

/** Coder names by id, refetched when the project changes. */
export function useCoderNames(): ReadonlyMap<string, string> {
  const { client } = useClient();
  const project = useWorkspace((s) => s.project);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!project) return;
    let live = true;
    client
      .call('coders.list', {})
      .then((coders) => {
        if (live) setNames(new Map(coders.map((c) => [c.id, c.name])));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, project]);
  return names;
}
