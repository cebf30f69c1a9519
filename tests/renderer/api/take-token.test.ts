import { describe, expect, it } from 'vitest';
import { takeToken } from '../../../renderer/api/take-token';

function fakeWindow(href: string) {
  const store = new Map<string, string>();
  const replaced: string[] = [];
  return {
    location: { href },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url?: string | URL | null) => {
        replaced.push(String(url));
      },
    },
    storage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    },
    replaced,
  };
}

describe('takeToken', () => {
  it('reads the token and strips it from the address, keeping other parts', () => {
    const win = fakeWindow('http://127.0.0.1:4000/codes?token=abc&x=1#top');
    expect(takeToken(win.location, win.history, win.storage)).toBe('abc');
    expect(win.replaced).toEqual(['/codes?x=1#top']);
  });

  it('falls back to the token kept for this tab after a reload', () => {
    const win = fakeWindow('http://127.0.0.1:4000/?token=abc');
    takeToken(win.location, win.history, win.storage);
    win.location.href = 'http://127.0.0.1:4000/';
    expect(takeToken(win.location, win.history, win.storage)).toBe('abc');
    expect(win.replaced).toHaveLength(1);
  });

  it('answers null when there is no token anywhere', () => {
    const win = fakeWindow('http://127.0.0.1:4000/');
    expect(takeToken(win.location, win.history, win.storage)).toBeNull();
  });
});
