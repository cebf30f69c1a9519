import { useCallback, useEffect, useState } from 'react';
import type { Input, Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';

export type MatrixPayload = Output<'displays.getMatrix'>;
export type MatrixConfig = MatrixPayload['display']['config'];
export type MatrixConfigInput = NonNullable<Input<'displays.updateMatrix'>['config']>;
export type DisplayItem = Output<'displays.list'>[number];
export type Variable = Output<'variables.list'>[number];
export type CodeGroup = Output<'displays.codeGroups'>[number];

/**
 * The saved matrices, the selected one computed, and what the builder offers (variables, code
 * groups); refetched after every change in the workspace (undo included).
 */
export function useMatrix() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [list, setList] = useState<DisplayItem[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [matrix, setMatrix] = useState<MatrixPayload | null>(null);
  const [variables, setVariables] = useState<Variable[]>([]);
  const [groups, setGroups] = useState<CodeGroup[]>([]);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([
      client.call('displays.list', { kind: 'matrix' }),
      client.call('variables.list', {}),
      client.call('displays.codeGroups', {}),
    ]).then(([displays, vars, codeGroups]) => {
      if (!live) return;
      setList(displays);
      setVariables(vars);
      setGroups(codeGroups);
      setSelectedId((current) =>
        current !== null && displays.some((d) => d.id === current)
          ? current
          : (displays[0]?.id ?? null),
      );
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, revision, tick]);

  useEffect(() => {
    if (selectedId === null) return;
    let live = true;
    client.call('displays.getMatrix', { id: selectedId }).then((next) => {
      if (live) setMatrix(next);
    }, store.fail);
    return () => {
      live = false;
    };
  }, [client, store, selectedId, revision, tick]);

  /** Runs a change, then refetches everything that shows it (and lets other panes know). */
  const change = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        const result = await work();
        store.set({ revision: store.get().revision + 1 });
        setTick((n) => n + 1);
        return result;
      } catch (error) {
        store.fail(error);
        return undefined;
      }
    },
    [store],
  );

  return {
    client,
    list,
    selectedId,
    setSelectedId,
    matrix: matrix !== null && matrix.display.id === selectedId ? matrix : null,
    variables,
    groups,
    change,
  };
}
