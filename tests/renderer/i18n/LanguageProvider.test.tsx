import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TelaahBridge } from '../../../renderer/api/telaah-bridge';
import { LanguageProvider, useI18n } from '../../../renderer/i18n/LanguageProvider';
import { LANGUAGE_STORAGE_KEY } from '../../../renderer/i18n/use-language';

type Scope = { telaah?: unknown };

/** Puts a desktop bridge on `window` and answers the spy on its `shell`. */
function installBridge(answer: TelaahBridge['shell']) {
  const shell = vi.fn(answer);
  const bridge: TelaahBridge = {
    call: () => Promise.resolve({ ok: true, value: null }),
    shell,
    onMenu: () => () => undefined,
    pathForFile: () => '',
  };
  (window as Scope).telaah = bridge;
  return shell;
}

function Switch() {
  const { language, setLanguage } = useI18n();
  return (
    <button
      type="button"
      onClick={() => {
        setLanguage(language === 'en' ? 'id' : 'en');
      }}
    >
      {language}
    </button>
  );
}

function renderSwitch() {
  render(
    <LanguageProvider>
      <Switch />
    </LanguageProvider>,
  );
  return screen.getByRole('button');
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  delete (window as Scope).telaah;
});

describe('LanguageProvider', () => {
  it('tells the desktop shell the language at start and on every change', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const shell = installBridge(() => Promise.resolve({ ok: true, value: true }));
    const button = renderSwitch();
    fireEvent.click(button);
    expect(button.textContent).toBe('id');
    await waitFor(() => {
      expect(shell.mock.calls).toEqual([
        ['app.setLanguage', { language: 'en' }],
        ['app.setLanguage', { language: 'id' }],
      ]);
    });
  });

  it('calls no shell in browser mode, where window.telaah is not a bridge', () => {
    const shell = vi.fn();
    (window as Scope).telaah = { shell };
    fireEvent.click(renderSwitch());
    expect(screen.getByRole('button').textContent).toBe('id');
    expect(shell).not.toHaveBeenCalled();
  });

  it('keeps switching the UI when the shell refuses, rejects or throws', async () => {
    const shell = installBridge(() => Promise.reject(new Error('no handler')));
    const button = renderSwitch();
    shell.mockImplementation(() => {
      throw new Error('bridge gone');
    });
    fireEvent.click(button);
    shell.mockResolvedValue({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input.', params: {} },
    });
    fireEvent.click(button);
    await act(() => Promise.resolve());
    expect(button.textContent).toBe('en');
    expect(shell).toHaveBeenCalledTimes(3);
  });
});
