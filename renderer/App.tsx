import { useEffect } from 'react';
import type { Client } from './api/create-client';
import type { Mode } from './api/pick-transport';
import { ClientProvider } from './app/ClientProvider';
import { WorkspaceProvider, useWorkspace, useWorkspaceStore } from './app/WorkspaceProvider';
import { Welcome } from './features/workspace/Welcome';
import { Workspace } from './features/workspace/Workspace';
import { LanguageProvider } from './i18n/LanguageProvider';

interface AppProps {
  client: Client;
  mode: Mode;
}

/** Providers for the API client, the UI language and the shared workspace state. */
export function App({ client, mode }: AppProps) {
  return (
    <ClientProvider client={client} mode={mode}>
      <LanguageProvider>
        <WorkspaceProvider>
          <Shell />
        </WorkspaceProvider>
      </LanguageProvider>
    </ClientProvider>
  );
}

/** The welcome screen until a project is open, then the workspace. */
function Shell() {
  const store = useWorkspaceStore();
  const project = useWorkspace((s) => s.project);
  useEffect(() => {
    // A project opened before the window (e.g. `npm run serve -- --project f.telaah`).
    store.adoptCurrent().catch(store.fail);
  }, [store]);
  return project ? <Workspace /> : <Welcome />;
}
