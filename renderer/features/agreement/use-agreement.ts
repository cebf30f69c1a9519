import { useCallback, useEffect, useState } from 'react';
import type { Input, Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspace, useWorkspaceStore } from '../../app/WorkspaceProvider';

export type AgreementScope = Input<'agreement.compute'>;
export type AgreementResult = Output<'agreement.compute'>;

/** The result of the last scope computed; recomputed after every change to the project. */
export function useAgreement(): {
  result: AgreementResult | null;
  computedScope: AgreementScope | null;
  busy: boolean;
  compute: (scope: AgreementScope) => void;
} {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const revision = useWorkspace((s) => s.revision);
  const [computedScope, setComputedScope] = useState<AgreementScope | null>(null);
  const [result, setResult] = useState<AgreementResult | null>(null);
  // The request the shown result answers; busy while a newer one is on its way.
  const [answered, setAnswered] = useState<object | null>(null);
  const [request, setRequest] = useState<object | null>(null);

  useEffect(() => {
    if (computedScope === null) return;
    let live = true;
    const asked = { computedScope, revision };
    void Promise.resolve().then(() => {
      if (live) setRequest(asked);
    });
    client
      .call('agreement.compute', computedScope)
      .then((r) => {
        if (!live) return;
        setResult(r);
        setAnswered(asked);
      })
      .catch((error: unknown) => {
        if (live) setAnswered(asked);
        store.fail(error);
      });
    return () => {
      live = false;
    };
  }, [client, store, computedScope, revision]);
  const busy = request !== null && request !== answered;

  const compute = useCallback((scope: AgreementScope) => {
    setComputedScope({ ...scope });
  }, []);
  return { result, computedScope, busy, compute };
}
