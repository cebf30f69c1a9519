import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentsPane } from '../../../renderer/features/documents/DocumentsPane';
import { aDocumentItem, aProject, fakeClient, renderWithApp } from '../workspace/render-with-app';

const documents = [
  aDocumentItem({
    id: 'd1',
    title: 'Sister cities in Java',
    attributes: { year: '2019', 'source type': 'journal' },
  }),
  aDocumentItem({
    id: 'd2',
    title: 'Interview with a mayor',
    kind: 'docx',
    pageCount: null,
    codingCount: 1,
  }),
  aDocumentItem({ id: 'd3', title: 'Kerja sama kota kembar', attributes: { year: '2021' } }),
];

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

async function renderPane(client = fakeClient({ 'documents.list': () => documents })) {
  const rendered = renderWithApp(<DocumentsPane />, client);
  await act(() => rendered.store.adoptProject(aProject));
  return { ...rendered, client };
}

const titles = () =>
  screen
    .getAllByRole('option')
    .map((option) => option.querySelector('.document-title')?.textContent);

describe('DocumentsPane', () => {
  it('lists each document with its page count, codings and key attributes', async () => {
    await renderPane();
    const first = screen.getByRole('option', { name: /Sister cities/ });
    expect(first.textContent).toContain('12 pages');
    expect(first.textContent).toContain('4 codings');
    expect(within(first).getByText('journal')).toBeTruthy();
    expect(screen.getByRole('option', { name: /Interview/ }).textContent).toContain('1 coding');
  });

  it('filters by title, and by attribute value, ignoring case and accents', async () => {
    await renderPane();
    const filter = screen.getByRole('searchbox', { name: 'Filter documents' });
    fireEvent.change(filter, { target: { value: 'KÉRJA' } });
    expect(titles()).toEqual(['Kerja sama kota kembar']);
    fireEvent.change(filter, { target: { value: '2019' } });
    expect(titles()).toEqual(['Sister cities in Java']);
    fireEvent.change(filter, { target: { value: 'nothing like this' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No document matches “nothing like this”.')).toBeTruthy();
  });

  it('opens the document chosen with the arrow keys and Enter', async () => {
    const client = fakeClient({
      'documents.list': () => documents,
      'documents.get': ({ id }) => ({ id, title: 'x' }) as never,
    });
    await renderPane(client);
    const list = screen.getByRole('listbox', { name: 'Documents' });
    screen.getByRole('option', { name: /Sister cities/ }).focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    await waitFor(() => {
      expect(client.callsTo('documents.get')).toEqual([{ id: 'd2' }]);
    });
    expect(screen.getByRole('option', { name: /Interview/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('deletes a document only after confirmation', async () => {
    const client = fakeClient({
      'documents.list': () => documents,
      'documents.delete': () => ({ deletedSegments: 3 }),
    });
    await renderPane(client);
    const list = screen.getByRole('listbox', { name: 'Documents' });
    screen.getByRole('option', { name: /Sister cities/ }).focus();
    fireEvent.keyDown(list, { key: 'Delete' });
    const dialog = screen.getByRole('dialog', { name: 'Delete this document?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(client.callsTo('documents.delete')).toHaveLength(0);
    fireEvent.keyDown(list, { key: 'Delete' });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(client.callsTo('documents.delete')).toEqual([{ id: 'd1' }]);
    });
  });
});
