import type { WorkspaceStore } from '../../app/workspace-store';

/** Shows an excerpt in the document view: opens its document, scrolls to and flashes it. */
export function openExcerpt(
  store: WorkspaceStore,
  excerpt: { documentId: string; start: number; end: number },
): void {
  const go = async (): Promise<void> => {
    if (store.get().activeDocument?.id !== excerpt.documentId) {
      await store.openDocument(excerpt.documentId);
    }
    store.set({ mainView: 'document' });
    store.focus(excerpt.documentId, { start: excerpt.start, end: excerpt.end });
  };
  go().catch(store.fail);
}
