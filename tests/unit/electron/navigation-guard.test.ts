import { describe, expect, it, vi } from 'vitest';
import {
  guardNavigation,
  isAppUrl,
  isExternalLink,
  type GuardedContents,
} from '../../../electron/navigation-guard';

describe('isAppUrl', () => {
  it('accepts pages of the app origin', () => {
    expect(isAppUrl('telaah://app/index.html#/codes', 'telaah://app/index.html')).toBe(true);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
  });

  it('refuses other origins, ports, schemes and credentials', () => {
    const app = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5174/', app)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', app)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', app)).toBe(false);
    expect(isAppUrl('http://user@localhost:5173/', app)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', 'file:///app/index.html')).toBe(false);
    expect(isAppUrl('not a url', app)).toBe(false);
  });
});

describe('isExternalLink', () => {
  it('allows http and https links with a host', () => {
    expect(isExternalLink('https://doi.org/10.1000/1')).toBe(true);
    expect(isExternalLink('http://example.org')).toBe(true);
  });

  it('refuses other schemes and links with credentials', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://a:b@example.org',
    ]) {
      expect(isExternalLink(url)).toBe(false);
    }
  });
});

function fakeContents() {
  let navigate: ((event: { preventDefault(): void }, url: string) => void) | undefined;
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (_name, listener) => (navigate = listener),
    setWindowOpenHandler: (handler) => (openHandler = handler),
  };
  return {
    contents,
    navigate: (url: string) => {
      const event = { preventDefault: vi.fn() };
      navigate!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('guardNavigation', () => {
  it('lets the window navigate within the app', () => {
    const fake = fakeContents();
    guardNavigation(fake.contents, 'telaah://app/index.html', vi.fn());
    expect(fake.navigate('telaah://app/index.html')).toBe(false);
  });

  it('stops navigation away and opens http(s) targets in the OS browser', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(fake.contents, 'telaah://app/index.html', openExternal);
    expect(fake.navigate('https://example.org/')).toBe(true);
    expect(fake.navigate('file:///etc/passwd')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('denies every new window', () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(fake.contents, 'telaah://app/index.html', openExternal);
    expect(fake.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.open('telaah://app/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});
