import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/api/api-call-error';
import { Welcome } from '../../../renderer/features/workspace/Welcome';
import { CODER_STORAGE_KEY } from '../../../renderer/features/workspace/use-coder-name';
import { LANGUAGE_STORAGE_KEY } from '../../../renderer/i18n/use-language';
import { aProject, fakeClient, renderWithApp } from './render-with-app';

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

describe('Welcome', () => {
  it('asks for the coder name before offering a path', () => {
    renderWithApp(<Welcome />, fakeClient());
    fireEvent.click(screen.getByRole('button', { name: 'New project' }));
    expect(screen.getByText('Enter your name as coder first.')).toBeTruthy();
    expect(screen.queryByLabelText('Where to save the new project')).toBeNull();
  });

  it('creates a project at the typed path under the typed coder, and remembers the name', async () => {
    const client = fakeClient({ 'project.create': () => aProject });
    const { store } = renderWithApp(<Welcome />, client);
    fireEvent.change(screen.getByLabelText('Your name as coder'), { target: { value: 'Ayu' } });
    fireEvent.click(screen.getByRole('button', { name: 'New project' }));
    fireEvent.change(screen.getByLabelText('Where to save the new project'), {
      target: { value: '/data/thesis.telaah' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    await waitFor(() => {
      expect(store.get().project).toEqual(aProject);
    });
    expect(client.callsTo('project.create')).toEqual([
      { file: '/data/thesis.telaah', coder: 'Ayu' },
    ]);
    expect(localStorage.getItem(CODER_STORAGE_KEY)).toBe('Ayu');
  });

  it('shows a refusal in the user’s language when the project is too new', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'id');
    localStorage.setItem(CODER_STORAGE_KEY, 'Ayu');
    const client = fakeClient({
      'project.open': () => {
        throw new ApiCallError(
          'project_too_new',
          'Project “x.telaah” was written by a newer version.',
          {
            file: 'x.telaah',
          },
        );
      },
    });
    renderWithApp(<Welcome />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Buka proyek' }));
    fireEvent.change(screen.getByLabelText('Berkas proyek yang akan dibuka'), {
      target: { value: 'x.telaah' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Buka' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Proyek “x.telaah” dibuat dengan versi Telaah yang lebih baru',
    );
  });

  it('opens a recent project with one click and disables a missing one', async () => {
    localStorage.setItem(CODER_STORAGE_KEY, 'Ayu');
    const client = fakeClient({
      'project.recent': () => [
        { file: '/data/a.telaah', name: 'a.telaah', openedAt: 0, exists: true },
        { file: '/data/gone.telaah', name: 'gone.telaah', openedAt: 0, exists: false },
      ],
      'project.open': () => aProject,
    });
    renderWithApp(<Welcome />, client);
    const gone = await screen.findByRole('button', { name: /gone\.telaah/ });
    expect((gone as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /a\.telaah/ }));
    await waitFor(() => {
      expect(client.callsTo('project.open')).toEqual([{ file: '/data/a.telaah', coder: 'Ayu' }]);
    });
  });
});
