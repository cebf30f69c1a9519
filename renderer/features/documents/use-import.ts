import { useCallback, useMemo, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import { uploadWithProgress } from './upload-with-progress';

/** One file of an import batch, as the progress list shows it. */
export interface ImportEntry {
  key: string;
  name: string;
  status: 'waiting' | 'uploading' | 'importing' | 'ok' | 'failed';
  /** Upload progress, 0 to 1 (browser mode). */
  progress: number;
  title?: string;
  pageCount?: number | null;
  error?: unknown;
}

export interface ImportBatch {
  entries: ImportEntry[];
  running: boolean;
  /** Browser mode: uploads each file, then imports it. */
  importFiles: (files: File[]) => Promise<void>;
  /** Desktop: imports files the shell's dialog picked. */
  importPaths: (paths: string[]) => Promise<void>;
  dismiss: () => void;
}

const baseName = (path: string): string => path.split(/[\\/]/u).pop() ?? path;

/** Imports files one at a time so each gets its own progress and result line. */
export function useImport(): ImportBatch {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const [entries, setEntries] = useState<ImportEntry[]>([]);
  const [running, setRunning] = useState(false);
  const patch = useCallback((key: string, change: Partial<ImportEntry>) => {
    setEntries((all) => all.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));
  }, []);

  const importOne = useCallback(
    async (key: string, path: string): Promise<void> => {
      patch(key, { status: 'importing', progress: 1 });
      const [outcome] = await client.call('documents.import', { paths: [path] });
      if (outcome?.ok) {
        const { title, pageCount } = outcome.document;
        patch(key, { status: 'ok', title, pageCount });
      } else patch(key, { status: 'failed', error: outcome?.error });
    },
    [client, patch],
  );

  const runBatch = useCallback(
    async <T>(
      items: T[],
      name: (item: T) => string,
      pathOf: (item: T, key: string) => Promise<string>,
    ) => {
      const keys = items.map(
        (item, index) => `${String(Date.now())}-${String(index)}-${name(item)}`,
      );
      setEntries(
        items.map((item, i) => ({
          key: keys[i] ?? '',
          name: name(item),
          status: 'waiting',
          progress: 0,
        })),
      );
      setRunning(true);
      for (const [index, item] of items.entries()) {
        const key = keys[index] ?? '';
        try {
          await importOne(key, await pathOf(item, key));
        } catch (error) {
          patch(key, { status: 'failed', error });
        }
      }
      setRunning(false);
      await store.afterChange().catch(store.fail);
    },
    [importOne, patch, store],
  );

  const importFiles = useCallback(
    (files: File[]) =>
      runBatch(
        files,
        (file) => file.name,
        async (file, key) => {
          patch(key, { status: 'uploading' });
          const uploaded = await uploadWithProgress(file, (progress) => {
            patch(key, { progress });
          });
          return uploaded.path;
        },
      ),
    [runBatch, patch],
  );
  const importPaths = useCallback(
    (paths: string[]) => runBatch(paths, baseName, (path) => Promise.resolve(path)),
    [runBatch],
  );
  const dismiss = useCallback(() => {
    setEntries([]);
  }, []);
  return useMemo(
    () => ({ entries, running, importFiles, importPaths, dismiss }),
    [entries, running, importFiles, importPaths, dismiss],
  );
}
