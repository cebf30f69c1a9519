import { useCallback, useState } from 'react';
import { useClient } from '../../app/ClientProvider';
import { useWorkspaceStore } from '../../app/WorkspaceProvider';
import type { DocumentItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';

export type DocumentEdit = { kind: 'rename' | 'delete'; doc: DocumentItem } | null;

/** Renaming and deleting a document, each behind its dialog. */
export function useDocumentEdits() {
  const { client } = useClient();
  const store = useWorkspaceStore();
  const i18n = useI18n();
  const { t, language } = i18n;
  const [edit, setEdit] = useState<DocumentEdit>(null);
  const [error, setError] = useState<string | null>(null);

  const start = useCallback((kind: 'rename' | 'delete', doc: DocumentItem) => {
    setError(null);
    setEdit({ kind, doc });
  }, []);
  const close = useCallback(() => {
    setEdit(null);
  }, []);

  const rename = useCallback(
    async (id: string, title: string) => {
      try {
        await client.call('documents.rename', { id, title });
        setEdit(null);
        await store.afterChange();
        if (store.get().activeDocument?.id === id) await store.openDocument(id);
      } catch (caught) {
        setError(errorText(caught, language));
      }
    },
    [client, store, language],
  );

  const remove = useCallback(
    async (doc: DocumentItem) => {
      setEdit(null);
      try {
        const { deletedSegments } = await client.call('documents.delete', { id: doc.id });
        if (store.get().activeDocument?.id === doc.id)
          store.set({ activeDocument: null, segments: [] });
        await store.afterChange();
        const text = t('documents.deleted', {
          title: doc.title,
          count: i18n.number(deletedSegments),
        });
        store.set({ notice: { kind: 'info', text } });
      } catch (caught) {
        store.fail(caught);
      }
    },
    [client, store, t, i18n],
  );

  return { edit, error, start, close, rename, remove };
}
