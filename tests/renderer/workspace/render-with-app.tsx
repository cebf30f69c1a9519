import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Channel, Input, Output, ProjectInfo } from '../../../core/api/contract';
import { ApiCallError } from '../../../renderer/api/api-call-error';
import type { Client } from '../../../renderer/api/create-client';
import { ClientProvider } from '../../../renderer/app/ClientProvider';
import { useWorkspaceStore, WorkspaceProvider } from '../../../renderer/app/WorkspaceProvider';
import type { DocumentItem, WorkspaceStore } from '../../../renderer/app/workspace-store';
import { LanguageProvider } from '../../../renderer/i18n/LanguageProvider';

type Handlers = { [C in Channel]?: (input: Input<C>) => Output<C> | Promise<Output<C>> };

export interface FakeClient extends Client {
  calls: { channel: Channel; input: unknown }[];
  callsTo(channel: Channel): unknown[];
}

const defaults: Handlers = {
  'app.info': () => ({ version: '1.2.3', schemaVersion: 1 }),
  'project.current': () => null,
  'project.recent': () => [],
  'history.state': () => ({
    canUndo: false,
    canRedo: false,
    undoAction: null,
    redoAction: null,
    undoBlockedBy: null,
  }),
  'documents.list': () => [],
  'codes.list': () => [],
  'segments.list': () => [],
  'segments.spans': (input) => ({
    documentId: input.documentId,
    coderIds: [],
    codeIds: [],
    rows: [],
  }),
  'variables.list': () => [],
  'cases.list': () => [],
  'comments.list': () => [],
};

/** A client answering from handlers (plus harmless defaults) and recording every call. */
export function fakeClient(handlers: Handlers = {}): FakeClient {
  const calls: FakeClient['calls'] = [];
  const all: Handlers = { ...defaults, ...handlers };
  return {
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
    call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      calls.push({ channel, input });
      const handler = all[channel] as ((input: Input<C>) => Output<C>) | undefined;
      if (!handler) return Promise.reject(new ApiCallError('internal', `No fake for ${channel}.`));
      try {
        return Promise.resolve(handler(input));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
}

export const aProject: ProjectInfo = {
  file: '/home/ayu/thesis.telaah',
  name: 'thesis.telaah',
  coder: { id: 'coder-1', name: 'Ayu', color: '#d9480f', role: 'coder', createdAt: 0 },
};

export function aDocumentItem(patch: Partial<DocumentItem> = {}): DocumentItem {
  return {
    id: 'doc-1',
    title: 'Sister cities in Java',
    kind: 'pdf',
    originalName: 'sister-cities.pdf',
    pageCount: 12,
    segmentCount: 3,
    codingCount: 4,
    importedAt: 0,
    attributes: {},
    ...patch,
  };
}

/** Renders `ui` inside the app's providers and hands back the workspace store. */
export function renderWithApp(
  ui: ReactNode,
  client: Client,
  mode: 'browser' | 'desktop' = 'browser',
): RenderResult & { store: WorkspaceStore } {
  const holder: { store?: WorkspaceStore } = {};
  function Probe() {
    holder.store = useWorkspaceStore();
    return null;
  }
  const result = render(
    <ClientProvider client={client} mode={mode}>
      <LanguageProvider>
        <WorkspaceProvider>
          <Probe />
          {ui}
        </WorkspaceProvider>
      </LanguageProvider>
    </ClientProvider>,
  );
  if (!holder.store) throw new Error('The workspace store did not render.');
  return { ...result, store: holder.store };
}
