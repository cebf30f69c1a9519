import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../renderer/api/api-call-error';
import type { Client } from '../../renderer/api/create-client';
import { App } from '../../renderer/App';
import { LANGUAGE_STORAGE_KEY } from '../../renderer/i18n/use-language';
import { aProject, fakeClient } from './workspace/render-with-app';

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

describe('App', () => {
  it('shows the product name and the version from app.info', async () => {
    render(
      <App
        client={fakeClient({ 'app.info': () => ({ version: '2.3.4', schemaVersion: 1 }) })}
        mode="browser"
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Telaah');
    expect((await screen.findByText('Version 2.3.4')).getAttribute('role')).toBe('status');
  });

  it('switches to Bahasa Indonesia and remembers the choice', async () => {
    render(<App client={fakeClient()} mode="browser" />);
    await screen.findByText('Version 1.2.3');
    fireEvent.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Selamat datang');
    expect(screen.getByText('Versi 1.2.3')).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('id');
    expect(document.documentElement.lang).toBe('id');
  });

  it('starts in the stored language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'id');
    render(<App client={fakeClient()} mode="desktop" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Selamat datang');
    expect(
      screen.getByRole('button', { name: 'Bahasa Indonesia' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('shows the error message when the app cannot be reached', async () => {
    const client: Client = {
      call: () => Promise.reject(new ApiCallError('unreachable', 'Telaah is not running.')),
    };
    render(<App client={client} mode="browser" />);
    expect(await screen.findByText('Telaah could not start: Telaah is not running.')).toBeTruthy();
  });

  it('opens the workspace when the server already has a project open', async () => {
    render(<App client={fakeClient({ 'project.current': () => aProject })} mode="browser" />);
    expect((await screen.findByTestId('current-coder')).textContent).toBe('Coding as Ayu');
    expect(screen.queryByRole('heading', { name: 'Welcome' })).toBeNull();
  });
});
