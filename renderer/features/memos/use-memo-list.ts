import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { MemoTarget } from '../../app/workspace-store';
import { passesFilter, type CurrentTargets, type MemoFilter } from './memo-filter';

/** A memo as the list shows it, from memos.list or from memos.search. */
export interface MemoRowItem {
  id: string;
  title: string;
  target: MemoTarget;
  updatedAt: number;
  /** Plain text; with search, the matching words are marked «like this». */
  preview: string;
}

type ListItem = Output<'memos.list'>[number];
type SearchItem = Output<'memos.search'>[number];

function toRow(item: ListItem | SearchItem): MemoRowItem {
  return {
    id: item.id,
    title: item.title,
    target: { type: item.targetType, id: item.targetId },
    updatedAt: item.updatedAt,
    preview: 'preview' in item ? item.preview : item.snippet,
  };
}

/**
 * The memos passing the filter (and matching the search words, if any), newest first; refetched
 * when the filter, the search or the workspace revision changes, or on `reload()`.
 */
export function useMemoList(filter: MemoFilter, current: CurrentTargets, query: string) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [rows, setRows] = useState<MemoRowItem[] | null>(null);
  const [tick, setTick] = useState(0);
  const { document, code, segment } = current;

  useEffect(() => {
    let live = true;
    const targets = { document, code, segment };
    const trimmed = query.trim();
    const load = async (): Promise<MemoRowItem[]> => {
      const found =
        trimmed === ''
          ? await client.call('memos.list', {})
          : await client.call('memos.search', { query: trimmed, limit: 200 });
      return found.map(toRow).filter((row) => passesFilter(filter, targets, row.target));
    };
    load().then((next) => {
      if (live) setRows(next);
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, filter, document, code, segment, query, revision, tick]);

  const reload = useCallback(() => {
    setTick((n) => n + 1);
  }, []);
  return { rows, reload };
}
