import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Channel, Input, Output } from '../../../core/api/contract';
import { ApiCallError } from '../../../renderer/api/api-call-error';
import type { Client } from '../../../renderer/api/create-client';
import { ClientProvider } from '../../../renderer/app/ClientProvider';
import { WorkspaceProvider, useWorkspaceStore } from '../../../renderer/app/WorkspaceProvider';
import type { WorkspaceStore } from '../../../renderer/app/workspace-store';
import { LanguageProvider } from '../../../renderer/i18n/LanguageProvider';

export type FakeHandlers = { [C in Channel]?: (input: Input<C>) => Output<C> };

export interface Call {
  channel: Channel;
  input: unknown;
}

/** A client answering from handlers and recording every call; unknown channels fail. */
export function fakeClient(handlers: FakeHandlers): { client: Client; calls: Call[] } {
  const calls: Call[] = [];
  const client: Client = {
    call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      calls.push({ channel, input });
      const handler = handlers[channel];
      if (handler === undefined) {
        return Promise.reject(new ApiCallError('not_found', `No fake for ${channel}`));
      }
      try {
        return Promise.resolve(handler(input));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  };
  return { client, calls };
}

/** Calls made on one channel, in order. */
export function callsTo<C extends Channel>(calls: Call[], channel: C): Input<C>[] {
  return calls.filter((call) => call.channel === channel).map((call) => call.input as Input<C>);
}

/** Renders `ui` inside the app's providers; `store` is the workspace store it uses. */
export function renderInWorkspace(
  client: Client,
  ui: ReactNode,
): RenderResult & { store: WorkspaceStore } {
  const holder: { store?: WorkspaceStore } = {};
  const Grab = () => {
    holder.store = useWorkspaceStore();
    return null;
  };
  const result = render(
    <ClientProvider client={client} mode="browser">
      <LanguageProvider>
        <WorkspaceProvider>
          <Grab />
          {ui}
        </WorkspaceProvider>
      </LanguageProvider>
    </ClientProvider>,
  );
  if (holder.store === undefined) throw new Error('The workspace store was not created.');
  return { ...result, store: holder.store };
}
