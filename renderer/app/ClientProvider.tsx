import { createContext, useContext, type ReactNode } from 'react';
import type { Client } from '../api/create-client';
import type { Mode } from '../api/pick-transport';

interface ClientValue {
  client: Client;
  mode: Mode;
}

const ClientContext = createContext<ClientValue | null>(null);

/** Gives every component the typed API client and whether this is the desktop or browser app. */
export function ClientProvider({ children, ...value }: ClientValue & { children: ReactNode }) {
  return <ClientContext.Provider value={value}>{children}</ClientContext.Provider>;
}

export function useClient(): ClientValue {
  const value = useContext(ClientContext);
  if (value === null) throw new Error('useClient is used outside <ClientProvider>.');
  return value;
}
