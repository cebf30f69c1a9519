import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../core/api/contract';
import type { DocumentDetail } from '../../../renderer/app/workspace-store';
import { SegmentDetails } from '../../../renderer/features/segment-details/SegmentDetails';
import { aCode, fakeClient, renderInWorkspace } from '../codebook/render-workspace';

const text = 'Cities share lessons through networks of mayors and planners.';
const detail: Output<'segments.get'> = {
  id: 'seg-1',
  documentId: 'doc-1',
  documentTitle: 'Twinning in practice',
  start: 13,
  end: 28, // "lessons through"
  quote: 'lessons through',
  prefix: 'Cities share ',
  suffix: ' networks',
  coderId: 'coder-1',
  createdAt: Date.UTC(2026, 10, 2, 9, 30),
  updatedAt: Date.UTC(2026, 10, 2, 9, 30),
  page: { page: 45, label: null },
  codeIds: ['learning'],
  codePaths: ['Learning'],
  coderName: 'Sari',
  codes: [
    {
      id: 'learning',
      name: 'Learning',
      path: 'Learning',
      color: '#2a9d8f',
      codingId: 'coding-1',
      reviewState: 'proposed',
      reviewerName: null,
    },
  ],
};
const codes = [
  aCode({ id: 'learning', name: 'Learning', definition: 'Cities learn from each other.' }),
  aCode({ id: 'trade', name: 'Trade' }),
];

function setup() {
  const fake = fakeClient({
    'segments.get': () => detail,
    'coders.list': () => [
      { id: 'coder-1', name: 'Sari', color: '#4363d8', role: 'coder', createdAt: 0 },
    ],
    'codes.list': () => codes,
  });
  renderInWorkspace(<SegmentDetails />, fake.client, {
    codes,
    selectedSegmentId: 'seg-1',
    activeDocument: { id: 'doc-1', text } as DocumentDetail,
  });
  return fake;
}

const callsTo = (call: ReturnType<typeof fakeClient>['call'], channel: string) =>
  call.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

beforeEach(() => {
  localStorage.setItem('telaah.language', 'en');
});
afterEach(cleanup);

describe('SegmentDetails', () => {
  it('explains how to code when no segment is selected', () => {
    renderInWorkspace(<SegmentDetails />, fakeClient({}).client);
    expect(screen.getByText('Select text in the document.')).toBeTruthy();
  });

  it('shows the quote, page, codes and coder of the selected segment', async () => {
    setup();
    expect((await screen.findByTestId('segment-quote')).textContent).toContain('lessons through');
    expect(screen.getByText('p. 45')).toBeTruthy();
    expect(screen.getByText('Twinning in practice')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Remove “Learning” from this segment' }),
    ).toBeTruthy();
    expect(screen.getByText('Sari')).toBeTruthy();
    expect(screen.getByText('Cities learn from each other.')).toBeTruthy();
  });

  it('resizes by a word, or by a character with Shift', async () => {
    const { call } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Start one word earlier' }));
    fireEvent.click(screen.getByRole('button', { name: 'End one word later' }), { shiftKey: true });
    fireEvent.click(screen.getByRole('button', { name: 'End one word earlier' }));
    await waitFor(() => {
      expect(callsTo(call, 'segments.resize')).toEqual([
        { segmentId: 'seg-1', start: 7, end: 28 },
        { segmentId: 'seg-1', start: 13, end: 29 },
        { segmentId: 'seg-1', start: 13, end: 20 },
      ]);
    });
  });

  it('removes a code, adds one and opens the memo on the segment', async () => {
    const { call } = setup();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove “Learning” from this segment' }),
    );
    const box = screen.getByRole('combobox', { name: 'Add a code' });
    fireEvent.change(box, { target: { value: 'tra' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => {
      expect(callsTo(call, 'segments.uncode')).toEqual([
        { segmentId: 'seg-1', codeId: 'learning' },
      ]);
      expect(callsTo(call, 'segments.setCodes')).toEqual([
        { segmentId: 'seg-1', codeIds: ['learning', 'trade'] },
      ]);
    });
  });

  it('deletes the segment after confirmation', async () => {
    const { call } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete segment' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this segment?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete segment' }));
    await waitFor(() => {
      expect(callsTo(call, 'segments.delete')).toEqual([{ segmentId: 'seg-1' }]);
    });
  });
});
