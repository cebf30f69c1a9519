import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { Channel, Input, Output } from '../../../core/api/contract';
import type { Client } from '../../../renderer/api/create-client';
import { ClientProvider } from '../../../renderer/app/ClientProvider';
import { WorkspaceProvider, useWorkspaceStore } from '../../../renderer/app/WorkspaceProvider';
import type {
  CodeItem,
  WorkspaceState,
  WorkspaceStore,
} from '../../../renderer/app/workspace-store';
import { LanguageProvider } from '../../../renderer/i18n/LanguageProvider';

type Handler = (input: never) => unknown;
export type FakeHandlers = Partial<{ [C in Channel]: (input: Input<C>) => Output<C> }>;

/** A client answering from handlers; unknown channels answer an empty list. */
export function fakeClient(handlers: FakeHandlers) {
  const call = vi.fn((channel: Channel, input: unknown) => {
    const handler = handlers[channel] as Handler | undefined;
    return Promise.resolve(handler ? handler(input as never) : []);
  });
  return { client: { call } as unknown as Client, call };
}

/** A code as codes.list returns it. */
export function aCode(fields: Partial<CodeItem> & { id: string; name: string }): CodeItem {
  return {
    parentId: null,
    color: '#1d7fb8',
    definition: '',
    inclusion: '',
    exclusion: '',
    example: '',
    shortcut: null,
    sortOrder: 0,
    codable: true,
    createdAt: 0,
    updatedAt: 0,
    path: fields.name,
    depth: 0,
    codingCount: 0,
    ...fields,
  };
}

/** Renders UI inside the app's providers with the workspace state given; returns the store. */
export function renderInWorkspace(
  ui: ReactNode,
  client: Client,
  state: Partial<WorkspaceState> = {},
): WorkspaceStore {
  const holder: { store?: WorkspaceStore } = {};
  function Capture() {
    holder.store = useWorkspaceStore();
    return null;
  }
  render(
    <ClientProvider client={client} mode="browser">
      <LanguageProvider>
        <WorkspaceProvider>
          <Capture />
          {ui}
        </WorkspaceProvider>
      </LanguageProvider>
    </ClientProvider>,
  );
  const captured = holder.store;
  if (!captured) throw new Error('The workspace store was not created.');
  act(() => {
    captured.set(state);
  });
  return captured;
}
