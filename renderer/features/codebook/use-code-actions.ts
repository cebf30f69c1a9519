import { useMemo } from 'react';
import type { Input } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';

/** Codebook changes through the API; each refetches the workspace after it lands. */
export function useCodeActions() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { language } = useI18n();
  return useMemo(() => {
    /** Runs a change; on failure shows the reason and resolves false. */
    const run = async <T>(work: () => Promise<T>): Promise<T | null> => {
      try {
        const value = await work();
        await store.afterChange();
        return value;
      } catch (error) {
        store.fail(new Error(errorText(error, language)));
        return null;
      }
    };
    return {
      run,
      create: (input: Input<'codes.create'>) => run(() => client.call('codes.create', input)),
      update: (id: string, patch: Input<'codes.update'>['patch']) =>
        run(() => client.call('codes.update', { id, patch })),
      move: (input: Input<'codes.move'>) => run(() => client.call('codes.move', input)),
      merge: (sourceIds: string[], targetId: string) =>
        run(() => client.call('codes.merge', { sourceIds, targetId })),
      remove: (id: string) => run(() => client.call('codes.delete', { id })),
      setSegmentCodes: (segmentId: string, codeIds: string[]) =>
        run(() => client.call('segments.setCodes', { segmentId, codeIds })),
    };
  }, [client, store, language]);
}

export type CodeActions = ReturnType<typeof useCodeActions>;
