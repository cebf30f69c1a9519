import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';

export type Variable = Output<'variables.list'>[number];
export type CaseItem = Output<'cases.list'>[number];

/** The document variables and the cases, refetched after every change. */
export function useAttributes() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [variables, setVariables] = useState<Variable[]>([]);
  const [cases, setCases] = useState<CaseItem[]>([]);
  useEffect(() => {
    let live = true;
    Promise.all([
      client.call('variables.list', { scope: 'document' }),
      client.call('cases.list', {}),
    ]).then(
      ([nextVariables, nextCases]) => {
        if (!live) return;
        setVariables(nextVariables);
        setCases(nextCases);
      },
      (error: unknown) => {
        if (live) store.fail(error);
      },
    );
    return () => {
      live = false;
    };
  }, [client, store, revision]);

  /** Sets a document's value; resolves to the error when the API refuses it. */
  const setValue = useCallback(
    async (documentId: string, variableId: string, value: string | null): Promise<unknown> => {
      try {
        await client.call('documents.setValue', { documentId, variableId, value });
      } catch (error) {
        return error;
      }
      await store.afterChange();
      return null;
    },
    [client, store],
  );

  /** Puts a document in the case with this name, creating the case when it is new. */
  const assignCase = useCallback(
    async (documentId: string, name: string): Promise<unknown> => {
      try {
        const existing = cases.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
        const caseId = existing?.id ?? (await client.call('cases.create', { name })).id;
        await client.call('cases.assign', { caseId, documentId });
      } catch (error) {
        return error;
      }
      await store.afterChange();
      return null;
    },
    [client, store, cases],
  );

  return { variables, cases, setValue, assignCase };
}
