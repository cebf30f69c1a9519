import { useMemo } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { TextRange } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';

/** Changes to one segment through the API, each followed by a workspace refetch. */
export function useSegmentActions(segmentId: string) {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const { language } = useI18n();
  return useMemo(() => {
    const run = async (work: () => Promise<unknown>): Promise<void> => {
      try {
        await work();
        await store.afterChange();
      } catch (error) {
        store.fail(new Error(errorText(error, language)));
      }
    };
    return {
      resize: (range: TextRange) =>
        run(() => client.call('segments.resize', { segmentId, ...range })),
      setCodes: (codeIds: string[]) =>
        run(() => client.call('segments.setCodes', { segmentId, codeIds })),
      uncode: (codeId: string) => store.uncode(segmentId, codeId).catch(store.fail),
      remove: () =>
        run(async () => {
          await client.call('segments.delete', { segmentId });
          store.selectSegment(null);
        }),
      memo: () => {
        store.writeMemoOn({ type: 'segment', id: segmentId });
      },
    };
  }, [client, store, language, segmentId]);
}
