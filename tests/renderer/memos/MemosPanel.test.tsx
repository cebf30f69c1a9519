import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../core/api/contract';
import { MemosPanel } from '../../../renderer/features/memos/MemosPanel';
import { callsTo, fakeClient, renderInWorkspace } from './render-panel';

type Memo = Output<'memos.get'>;

function aMemo(id: string, title: string, patch: Partial<Memo> = {}): Memo {
  return {
    id,
    title,
    bodyJson: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Body of ${title}` }] }],
    },
    bodyText: `Body of ${title}`,
    targetType: 'project',
    targetId: null,
    authorId: 'coder-1',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...patch,
  };
}

function memoBackend(memos: Memo[]) {
  const byId = new Map(memos.map((memo) => [memo.id, memo]));
  return fakeClient({
    'memos.list': () =>
      [...byId.values()].map((memo) => ({
        id: memo.id,
        title: memo.title,
        targetType: memo.targetType,
        targetId: memo.targetId,
        authorId: memo.authorId,
        authorName: 'Ayu',
        createdAt: memo.createdAt,
        updatedAt: memo.updatedAt,
        preview: memo.bodyText,
      })),
    'memos.get': ({ id }) => byId.get(id)!,
    'memos.update': ({ id, ...patch }) => {
      const next = { ...byId.get(id)!, ...patch };
      byId.set(id, next);
      return next;
    },
    'memos.create': (input) => {
      const memo = aMemo(`m${byId.size + 1}`, input.title ?? '', {
        targetType: input.targetType,
        targetId: input.targetId ?? null,
      });
      byId.set(memo.id, memo);
      return memo;
    },
    'segments.get': ({ id }) => ({ id, quote: 'kerja sama antarkota' }) as never,
    'memos.delete': ({ id }) => {
      byId.delete(id);
      return null;
    },
    'segments.list': () => [],
    'segments.spans': ({ documentId }) => ({ documentId, coderIds: [], codeIds: [], rows: [] }),
    'codes.list': () => [],
    'documents.list': () => [],
  });
}

beforeEach(() => {
  localStorage.setItem('telaah.language', 'en');
});
afterEach(cleanup);

describe('MemosPanel', () => {
  it('sends one memos.update for quick typing in the title and then shows Saved', async () => {
    const { client, calls } = memoBackend([aMemo('m1', 'Ideas')]);
    renderInWorkspace(client, <MemosPanel />);
    fireEvent.click(await screen.findByRole('button', { name: /Ideas/ }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    for (const text of ['Ideas a', 'Ideas ab', 'Ideas abc', 'Ideas abcd']) {
      fireEvent.change(title, { target: { value: text } });
    }
    expect(screen.getByRole('status').textContent).toBe('Unsaved changes');
    await waitFor(
      () => {
        expect(screen.getByRole('status').textContent).toBe('Saved');
      },
      {
        timeout: 2000,
      },
    );
    expect(callsTo(calls, 'memos.update')).toEqual([{ id: 'm1', title: 'Ideas abcd' }]);
  });

  it('saves the last keystrokes at once when the user switches to another memo', async () => {
    const { client, calls } = memoBackend([aMemo('m1', 'First'), aMemo('m2', 'Second')]);
    renderInWorkspace(client, <MemosPanel />);
    fireEvent.click(await screen.findByRole('button', { name: /First/ }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: 'First, edited' } });
    fireEvent.click(screen.getByRole('button', { name: /Second/ }));
    // Well inside the 600 ms quiet period: only a flush on switching can have sent it.
    await waitFor(
      () => {
        expect(callsTo(calls, 'memos.update')).toHaveLength(1);
      },
      { timeout: 200 },
    );
    expect(callsTo(calls, 'memos.update')[0]).toEqual({ id: 'm1', title: 'First, edited' });
    expect(await screen.findByDisplayValue('Second')).toBeTruthy();
  });

  it('deletes a memo only after the user confirms', async () => {
    const { client, calls } = memoBackend([aMemo('m1', 'Doomed')]);
    renderInWorkspace(client, <MemosPanel />);
    fireEvent.click(await screen.findByRole('button', { name: /Doomed/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete memo' }));
    expect(callsTo(calls, 'memos.delete')).toEqual([]);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete the memo “Doomed”?');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(callsTo(calls, 'memos.delete')).toEqual([{ id: 'm1' }]);
    });
    expect(await screen.findByText('No memos here yet.')).toBeTruthy();
  });

  it('shows which document a memo is about and filters to the active document', async () => {
    const onDoc = aMemo('m2', 'Reading notes', { targetType: 'document', targetId: 'd1' });
    const { client } = memoBackend([aMemo('m1', 'Overall'), onDoc]);
    const { store } = renderInWorkspace(client, <MemosPanel />);
    act(() => {
      store.set({
        documents: [{ id: 'd1', title: 'Kerja sama kota' } as never],
        activeDocument: { id: 'd1' } as never,
      });
    });
    expect(await screen.findByText('Document: Kerja sama kota')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), {
      target: { value: 'document' },
    });
    await waitFor(() => {
      expect(screen.queryByRole('button', { name: /Overall/ })).toBeNull();
    });
    expect(screen.getByRole('button', { name: /Reading notes/ })).toBeTruthy();
  });

  it('offers a memo on the segment the user asked about and attaches it there', async () => {
    const { client, calls } = memoBackend([aMemo('m1', 'Overall')]);
    const { store } = renderInWorkspace(client, <MemosPanel />);
    await screen.findByRole('button', { name: /Overall/ });
    act(() => {
      store.writeMemoOn({ type: 'segment', id: 's9' });
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Write a memo on this segment' }));
    await waitFor(() => {
      expect(callsTo(calls, 'memos.create')).toHaveLength(1);
    });
    expect(callsTo(calls, 'memos.create')[0]).toMatchObject({
      targetType: 'segment',
      targetId: 's9',
    });
    expect(await screen.findByText('Segment: “kerja sama antarkota”')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Overall/ })).toBeNull();
  });
});
