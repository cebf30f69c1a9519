import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useClient } from './ClientProvider';
import { createWorkspaceStore, type WorkspaceState, type WorkspaceStore } from './workspace-store';

const StoreContext = createContext<WorkspaceStore | null>(null);

/** Creates the workspace store once per app and hands it to every pane. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const { client } = useClient();
  const [store] = useState(() => createWorkspaceStore(client));
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store, for its actions. */
export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useWorkspaceStore is used outside <WorkspaceProvider>.');
  return store;
}

/** A slice of the shared workspace state; the component re-renders when that slice changes. */
export function useWorkspace<T>(select: (state: WorkspaceState) => T): T {
  const store = useWorkspaceStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
