import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/api/api-call-error';
import { AttributesGrid } from '../../../renderer/features/attributes/AttributesGrid';
import {
  aDocumentItem,
  aProject,
  fakeClient,
  renderWithApp,
  type FakeClient,
} from '../workspace/render-with-app';

const variables = [
  { id: 'v-year', name: 'year', type: 'number' as const, scope: 'document' as const, sortOrder: 0 },
  {
    id: 'v-peer',
    name: 'peer reviewed',
    type: 'boolean' as const,
    scope: 'document' as const,
    sortOrder: 1,
  },
];

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

function gridClient(): FakeClient {
  const values: Record<string, string> = { year: '2019' };
  return fakeClient({
    'documents.list': () => [
      aDocumentItem({ id: 'd1', title: 'Sister cities', attributes: { ...values } }),
      aDocumentItem({ id: 'd2', title: 'Interview' }),
    ],
    'variables.list': () => variables,
    'documents.setValue': ({ documentId, variableId, value }) => {
      if (value !== null && Number.isNaN(Number(value.replace(',', '.')))) {
        throw new ApiCallError(
          'invalid_input',
          `Invalid input: “${value}” is not a number (variable “year”).`,
          {
            detail: `“${value}” is not a number (year)`,
          },
        );
      }
      if (value === null) delete values.year;
      else values.year = value;
      return { documentId, variableId, value };
    },
    'variables.define': ({ name, type }) => ({
      id: 'v-new',
      name,
      type,
      scope: 'document',
      sortOrder: 2,
    }),
  });
}

async function renderGrid(client = gridClient()) {
  const rendered = renderWithApp(<AttributesGrid />, client);
  await act(() => rendered.store.adoptProject(aProject));
  await screen.findByRole('columnheader', { name: /year/ });
  return { ...rendered, client };
}

const yearCell = (row: RegExp) =>
  within(screen.getByRole('row', { name: row })).getAllByRole('gridcell')[1]!;

describe('AttributesGrid', () => {
  it('shows documents as rows and variables as typed columns', async () => {
    await renderGrid();
    expect(yearCell(/Sister cities/).textContent).toBe('2019');
    expect(screen.getByRole('columnheader', { name: /peer reviewed/ }).textContent).toContain(
      'Yes/no',
    );
  });

  it('saves a number typed after Enter and closes the editor', async () => {
    const { client } = await renderGrid();
    fireEvent.click(yearCell(/Interview/));
    fireEvent.keyDown(yearCell(/Interview/), { key: 'Enter' });
    const editor = within(yearCell(/Interview/)).getByRole('textbox');
    fireEvent.change(editor, { target: { value: '2021' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    await waitFor(() => {
      expect(client.callsTo('documents.setValue')).toEqual([
        { documentId: 'd2', variableId: 'v-year', value: '2021' },
      ]);
    });
    await waitFor(() => {
      expect(within(yearCell(/Interview/)).queryByRole('textbox')).toBeNull();
    });
  });

  it('shows the API’s refusal on the cell and keeps the old value after Escape', async () => {
    await renderGrid();
    const cell = yearCell(/Sister cities/);
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Enter' });
    const editor = within(cell).getByRole('textbox');
    fireEvent.change(editor, { target: { value: 'soon' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect((await within(cell).findByRole('alert')).textContent).toContain(
      '“soon” is not a number',
    );
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(within(cell).getByRole('textbox'), { key: 'Escape' });
    expect(yearCell(/Sister cities/).textContent).toBe('2019');
    expect(yearCell(/Sister cities/).getAttribute('aria-invalid')).toBeNull();
  });

  it('moves the active cell with the arrow keys', async () => {
    await renderGrid();
    const grid = screen.getByRole('grid');
    fireEvent.click(yearCell(/Sister cities/));
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(yearCell(/Interview/).getAttribute('tabindex')).toBe('0');
    expect(yearCell(/Sister cities/).getAttribute('tabindex')).toBe('-1');
  });

  it('ticks a yes/no value with the Space key', async () => {
    const { client } = await renderGrid();
    const grid = screen.getByRole('grid');
    fireEvent.click(yearCell(/Interview/));
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: ' ' });
    await waitFor(() => {
      expect(client.callsTo('documents.setValue')).toEqual([
        { documentId: 'd2', variableId: 'v-peer', value: 'true' },
      ]);
    });
  });

  it('defines a new variable with its type', async () => {
    const { client } = await renderGrid();
    fireEvent.change(screen.getByLabelText('New variable'), { target: { value: 'published' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), { target: { value: 'date' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add variable' }));
    await waitFor(() => {
      expect(client.callsTo('variables.define')).toEqual([
        { name: 'published', type: 'date', scope: 'document' },
      ]);
    });
  });
});
