import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';

type Recent = Output<'project.recent'>[number];

/** The recent projects list; empty when the call fails (it only helps, never blocks). */
export function useRecentProjects(): Recent[] {
  const { client } = useClient();
  const [recent, setRecent] = useState<Recent[]>([]);
  useEffect(() => {
    let live = true;
    client.call('project.recent', {}).then(
      (list) => {
        if (live && Array.isArray(list)) setRecent(list);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);
  return recent;
}

/** A default path for a new project: next to the most recent one, else a bare file name. */
export function suggestPath(recent: Recent[], fileName: string): string {
  const last = recent.find((project) => project.exists)?.file;
  if (last === undefined) return fileName;
  const cut = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
  return cut < 0 ? fileName : `${last.slice(0, cut + 1)}${fileName}`;
}
