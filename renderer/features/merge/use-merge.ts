import { useCallback, useState } from 'react';
import type { Output } from '../../../core/api/contract';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';

export type MergeReport = Output<'merge.preview'>;
export type MergeConflict = MergeReport['conflicts'][number];
export type MergeChoice = MergeConflict['resolution'];

/** The merge panel's state: files, the last preview or merge, and the user's choices. */
export function useMerge() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const [files, setFiles] = useState<string[]>([]);
  const [report, setReport] = useState<MergeReport | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The workspace revision right after the last merge, to tell when the project moved on. */
  const [mergedAt, setMergedAt] = useState<number | null>(null);

  const run = useCallback(
    async (
      channel: 'merge.preview' | 'merge.apply',
      chosen: Record<string, MergeChoice>,
    ): Promise<void> => {
      setBusy(true);
      setError(null);
      try {
        const next = await client.call(channel, { files, choices: chosen });
        setReport(next);
        if (channel === 'merge.apply') {
          await store.afterChange();
          setMergedAt(store.get().revision);
        }
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
      } finally {
        setBusy(false);
      }
    },
    [client, store, files],
  );

  const changeFiles = (next: string[]): void => {
    setFiles(next);
    setReport(null);
    setChoices({});
  };

  return {
    files,
    addFile: (file: string) => {
      if (!files.includes(file)) changeFiles([...files, file]);
    },
    removeFile: (file: string) => {
      changeFiles(files.filter((f) => f !== file));
    },
    report,
    choices,
    /** Records a choice and previews again, so the counts show what Merge will now do. */
    choose: (key: string, choice: MergeChoice) => {
      const next = { ...choices, [key]: choice };
      setChoices(next);
      void run('merge.preview', next);
    },
    mergedAt,
    busy,
    error,
    fail: (caught: unknown) => {
      setError(caught instanceof Error ? caught.message : String(caught));
    },
    preview: () => run('merge.preview', choices),
    apply: () => run('merge.apply', choices),
  };
}
