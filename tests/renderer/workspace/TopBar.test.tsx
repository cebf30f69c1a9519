import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TopBar } from '../../../renderer/features/workspace/TopBar';
import { aProject, fakeClient, renderWithApp } from './render-with-app';

const undoable = () => ({
  canUndo: true,
  canRedo: false,
  undoAction: 'segments.code',
  redoAction: null,
  undoBlockedBy: null,
});

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

async function renderOpen(client = fakeClient()) {
  const rendered = renderWithApp(<TopBar />, client);
  await act(() => rendered.store.adoptProject(aProject));
  return rendered;
}

describe('TopBar', () => {
  it('shows the project name and who is coding', async () => {
    await renderOpen();
    expect(screen.getByText('thesis')).toBeTruthy();
    expect(screen.getByTestId('current-coder').textContent).toBe('Coding as Ayu');
  });

  it('enables Undo with what it would revert when history allows it', async () => {
    await renderOpen(fakeClient({ 'history.state': undoable }));
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => {
      expect((undo as HTMLButtonElement).disabled).toBe(false);
    });
    expect(undo.getAttribute('title')).toBe('Undo coding (Ctrl+Z)');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Redo' }).disabled).toBe(true);
  });

  it('undoes on Ctrl+Z, then refreshes the workspace and says what was undone', async () => {
    const client = fakeClient({
      'history.state': undoable,
      'history.undo': () => ({ done: true, action: 'segments.code', label: 'norm' }),
    });
    const { store } = await renderOpen(client);
    const listsBefore = client.callsTo('documents.list').length;
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => {
      expect(store.get().notice?.text).toBe('Undone: coding');
    });
    expect(client.callsTo('history.undo')).toHaveLength(1);
    expect(client.callsTo('documents.list').length).toBeGreaterThan(listsBefore);
  });

  it('redoes on Ctrl+Shift+Z and on Ctrl+Y', async () => {
    const client = fakeClient({
      'history.redo': () => ({ done: false, action: null, label: null }),
    });
    await renderOpen(client);
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    await waitFor(() => {
      expect(client.callsTo('history.redo')).toHaveLength(2);
    });
  });

  it('leaves Ctrl+Z to a text field when one has focus', async () => {
    const client = fakeClient();
    await renderOpen(client);
    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(client.callsTo('history.undo')).toHaveLength(0);
    field.remove();
  });

  it('switches the main view to the attributes grid', async () => {
    const { store } = await renderOpen();
    fireEvent.click(screen.getByRole('button', { name: 'Attributes' }));
    expect(store.get().mainView).toBe('attributes');
    expect(screen.getByRole('button', { name: 'Attributes' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('closes the project', async () => {
    const client = fakeClient({ 'project.close': () => null });
    const { store } = await renderOpen(client);
    fireEvent.click(screen.getByRole('button', { name: 'Close project' }));
    await waitFor(() => {
      expect(store.get().project).toBeNull();
    });
  });

  it('switches coder from the coder button: the project reopens under the picked coder', async () => {
    const dewi = {
      id: 'coder-2',
      name: 'Dewi',
      color: '#9c36b5',
      role: 'coder' as const,
      createdAt: 1,
    };
    const client = fakeClient({
      'coders.list': () => [aProject.coder, dewi],
      'project.open': (input) => ({ ...aProject, coder: { ...dewi, name: input.coder } }),
    });
    await renderOpen(client);
    fireEvent.click(screen.getByTestId('current-coder'));
    const dialog = await screen.findByRole('dialog', { name: 'Who is coding?' });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Ayu (coding now)' }).checked).toBe(
      true,
    );
    fireEvent.click(await screen.findByRole('radio', { name: 'Dewi' }));
    fireEvent.submit(dialog);
    await waitFor(() => {
      expect(screen.getByTestId('current-coder').textContent).toBe('Coding as Dewi');
    });
    expect(client.callsTo('project.open')).toEqual([{ file: aProject.file, coder: 'Dewi' }]);
    expect(localStorage.getItem('telaah.coder')).toBe('Dewi');
  });
});
