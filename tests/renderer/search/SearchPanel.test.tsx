import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../core/api/contract';
import { SearchPanel } from '../../../renderer/features/search/SearchPanel';
import { callsTo, fakeClient, renderInWorkspace } from '../memos/render-panel';

type Hit = Output<'search.text'>[number];

const HITS: Hit[] = [
  {
    documentId: 'd1',
    title: 'Sister cities',
    start: 10,
    end: 15,
    page: { page: 45, label: null },
    snippet: 'Kota <img src=x onerror="alert(1)"> «mitra» dan <b>bold</b>',
  },
  {
    documentId: 'd1',
    title: 'Sister cities',
    start: 80,
    end: 85,
    page: { page: 46, label: 'xii' },
    snippet: '…second «mitra» here',
  },
  {
    documentId: 'd2',
    title: 'Paradiplomacy',
    start: 3,
    end: 8,
    page: null,
    snippet: 'A «mitra» city',
  },
];

function searchBackend() {
  return fakeClient({
    'search.text': () => HITS,
    'codes.list': () =>
      [
        { id: 'c1', name: 'partnership', path: 'cooperation/partnership', codable: true },
        { id: 'c0', name: 'cooperation', path: 'cooperation', codable: false },
      ] as Output<'codes.list'>,
    'segments.codeMany': ({ hits }) => hits.map((hit, i) => ({ id: `s${i}`, ...hit }) as never),
    'segments.list': () => [],
    'segments.spans': ({ documentId }) => ({ documentId, coderIds: [], codeIds: [], rows: [] }),
    'documents.list': () => [],
    'documents.get': ({ id }) => ({ id, title: id }) as never,
  });
}

async function search(word: string): Promise<void> {
  fireEvent.change(screen.getByRole('searchbox', { name: 'Search all documents' }), {
    target: { value: word },
  });
  fireEvent.submit(screen.getByRole('search'));
  await screen.findByRole('listbox', { name: 'Search results' });
}

function hitOptions(): HTMLElement[] {
  return within(screen.getByRole('listbox', { name: 'Search results' })).getAllByRole('option');
}

beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});
beforeEach(() => {
  localStorage.setItem('telaah.language', 'en');
});
afterEach(cleanup);

describe('SearchPanel', () => {
  it('shows snippets as text with the hit in bold, never as HTML', async () => {
    const { client } = searchBackend();
    const { container } = renderInWorkspace(client, <SearchPanel />);
    await search('mitra');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.search-snippet b')).toBeNull();
    const first = hitOptions()[0]!;
    expect(first.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(first.querySelector('strong')?.textContent).toBe('mitra');
  });

  it('groups hits by document with counts and page labels', async () => {
    const { client } = searchBackend();
    renderInWorkspace(client, <SearchPanel />);
    await search('mitra');
    expect(screen.getByText('3 hits in 2 documents')).toBeTruthy();
    const groups = screen.getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('aria-labelledby') !== null)).toEqual([
      true,
      true,
    ]);
    expect(within(groups[0]!).getByText('Sister cities')).toBeTruthy();
    expect(within(groups[0]!).getByText('2 hits')).toBeTruthy();
    expect(within(groups[0]!).getByText('p. 45')).toBeTruthy();
    expect(within(groups[0]!).getByText('p. xii')).toBeTruthy();
    expect(within(groups[1]!).getByText('1 hit')).toBeTruthy();
  });

  it('opens the document and focuses the hit when the user presses Enter on it', async () => {
    const { client, calls } = searchBackend();
    const { store } = renderInWorkspace(client, <SearchPanel />);
    await search('mitra');
    const list = screen.getByRole('listbox', { name: 'Search results' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(hitOptions()[2]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'Enter' });
    await waitFor(() => {
      expect(store.get().focusRange).toMatchObject({ documentId: 'd2', start: 3, end: 8 });
    });
    expect(callsTo(calls, 'documents.get')).toEqual([{ id: 'd2' }]);
  });

  it('codes only the ticked hits, in one call, and reports how many', async () => {
    const { client, calls } = searchBackend();
    const { store } = renderInWorkspace(client, <SearchPanel />);
    await act(() => store.reloadCodes());
    await search('mitra');
    const codeSelect = screen.getByRole('combobox', { name: 'Code all hits with' });
    expect(within(codeSelect).queryByText('cooperation')).toBeNull();
    fireEvent.change(codeSelect, { target: { value: 'c1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Code all hits…' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Code 3 hits with “cooperation/partnership”',
    });
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true]);
    fireEvent.click(boxes[1]!);
    expect(within(dialog).getByText('2 of 3 selected')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(callsTo(calls, 'segments.codeMany')).toEqual([
      {
        hits: [
          { documentId: 'd1', start: 10, end: 15 },
          { documentId: 'd2', start: 3, end: 8 },
        ],
        codeIds: ['c1'],
      },
    ]);
    await waitFor(() => {
      expect(store.get().notice).toEqual({
        kind: 'info',
        text: '2 hits coded with “cooperation/partnership”.',
      });
    });
  });

  it('keeps the last results when the panel is shown again', async () => {
    const { client, calls } = searchBackend();
    const first = renderInWorkspace(client, <SearchPanel />);
    await search('mitra');
    first.unmount();
    renderInWorkspace(client, <SearchPanel />);
    expect(screen.getByText('3 hits in 2 documents')).toBeTruthy();
    expect(
      screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search all documents' }).value,
    ).toBe('mitra');
    expect(callsTo(calls, 'search.text')).toHaveLength(1);
  });
});
