import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../renderer/app/workspace-store';
import { CodebookPane } from '../../../renderer/features/codebook/CodebookPane';
import { RANGE_TYPE } from '../../../renderer/features/codebook/use-tree-drag';
import { aCode, fakeClient, renderInWorkspace } from './render-workspace';

const codes = [
  aCode({ id: 'culture', name: 'Culture', codingCount: 2 }),
  aCode({
    id: 'language',
    name: 'Language',
    parentId: 'culture',
    path: 'Culture/Language',
    depth: 1,
    codingCount: 1200,
    definition: 'Talk about which language people use.',
  }),
  aCode({ id: 'economy', name: 'Economy', codingCount: 5, sortOrder: 1 }),
];

function setup(state = {}) {
  const fake = fakeClient({ 'codes.list': () => codes });
  const store = renderInWorkspace(<CodebookPane />, fake.client, { codes, ...state });
  return { ...fake, store };
}

const row = (name: string) => screen.getByRole('treeitem', { name });
const callsTo = (call: ReturnType<typeof fakeClient>['call'], channel: string) =>
  call.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

beforeEach(() => {
  localStorage.setItem('telaah.language', 'en');
});
afterEach(cleanup);

describe('CodebookPane', () => {
  it('renders the hierarchy with levels, expansion and localized counts', () => {
    setup();
    const items = screen.getAllByRole('treeitem');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Culture',
      'Language',
      'Economy',
    ]);
    expect(items.map((i) => i.getAttribute('aria-level'))).toEqual(['1', '2', '1']);
    expect(row('Culture').getAttribute('aria-expanded')).toBe('true');
    expect(row('Economy').getAttribute('aria-expanded')).toBeNull();
    expect(within(row('Language')).getByText('1,200')).toBeTruthy();
  });

  it('moves focus with the arrow keys and collapses and expands a parent', () => {
    setup();
    row('Culture').focus();
    fireEvent.keyDown(row('Culture'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('Language'));
    fireEvent.keyDown(row('Language'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(row('Culture'));
    fireEvent.keyDown(row('Culture'), { key: 'ArrowLeft' });
    expect(row('Culture').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: 'Language' })).toBeNull();
    fireEvent.keyDown(row('Culture'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('Economy'));
    fireEvent.keyDown(row('Economy'), { key: 'Home' });
    fireEvent.keyDown(row('Culture'), { key: 'ArrowRight' });
    expect(screen.getByRole('treeitem', { name: 'Language' })).toBeTruthy();
  });

  it('says how many codings and sub-codes go when deleting a parent code', async () => {
    const { call } = setup();
    row('Culture').focus();
    fireEvent.keyDown(row('Culture'), { key: 'Delete' });
    const dialog = screen.getByRole('dialog', { name: 'Delete “Culture”?' });
    expect(within(dialog).getByTestId('delete-code-summary').textContent).toBe(
      'This removes 1,202 codings and 1 sub-code.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete code' }));
    await waitFor(() => {
      expect(callsTo(call, 'codes.delete')).toEqual([{ id: 'culture' }]);
    });
  });

  it('merges the focused code into the chosen target through codes.merge', async () => {
    const { call } = setup();
    fireEvent.click(row('Economy'));
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge “Economy” into another code' });
    expect(within(dialog).getByText(/duplicate is dropped/)).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('listbox', { name: 'Merge into' }), {
      target: { value: 'language' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => {
      expect(callsTo(call, 'codes.merge')).toEqual([
        { sourceIds: ['economy'], targetId: 'language' },
      ]);
    });
  });

  it('applies a code to text dropped on it', async () => {
    const activeDocument = { id: 'doc-1', text: 'Some text to code here.' } as DocumentDetail;
    const { call } = setup({ activeDocument });
    const range = JSON.stringify({ documentId: 'doc-1', start: 5, end: 12 });
    const dataTransfer = {
      types: [RANGE_TYPE],
      getData: (type: string) => (type === RANGE_TYPE ? range : ''),
      dropEffect: 'none',
    };
    fireEvent.dragOver(row('Economy'), { dataTransfer });
    expect(row('Economy').className).toContain('is-drop-code');
    fireEvent.drop(row('Economy'), { dataTransfer });
    await waitFor(() => {
      expect(callsTo(call, 'segments.code')).toEqual([
        { documentId: 'doc-1', start: 5, end: 12, codeIds: ['economy'] },
      ]);
    });
  });

  it('applies the clicked code to the reader’s selection', async () => {
    const activeDocument = { id: 'doc-1', text: 'Some text to code here.' } as DocumentDetail;
    const { call } = setup({ activeDocument, selection: { start: 0, end: 4, text: 'Some' } });
    expect(screen.getByText('Click a code to apply it to the selected text.')).toBeTruthy();
    fireEvent.click(row('Language'));
    await waitFor(() => {
      expect(callsTo(call, 'segments.code')).toEqual([
        { documentId: 'doc-1', start: 0, end: 4, codeIds: ['language'] },
      ]);
    });
  });

  it('nests a code under its previous sibling with Alt+Right', async () => {
    const { call } = setup();
    fireEvent.click(row('Economy'));
    fireEvent.keyDown(row('Economy'), { key: 'ArrowRight', altKey: true });
    await waitFor(() => {
      expect(callsTo(call, 'codes.move')).toEqual([
        { id: 'economy', parentId: 'culture', index: 1 },
      ]);
    });
  });

  it('renames a code inline with F2', async () => {
    const { call } = setup();
    fireEvent.click(row('Economy'));
    fireEvent.keyDown(row('Economy'), { key: 'F2' });
    const input = screen.getByRole('textbox', { name: 'New name for “Economy”' });
    fireEvent.change(input, { target: { value: 'Trade' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => {
      expect(callsTo(call, 'codes.update')).toEqual([{ id: 'economy', patch: { name: 'Trade' } }]);
    });
  });

  it('shows the focused code’s definition in the card', () => {
    setup();
    fireEvent.mouseEnter(row('Language'));
    expect(screen.getByText('Talk about which language people use.')).toBeTruthy();
  });
});
