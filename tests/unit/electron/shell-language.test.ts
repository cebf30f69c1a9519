import { describe, expect, it } from 'vitest';
import { createShellLanguage, languageForLocale } from '../../../electron/shell-language';

describe('languageForLocale', () => {
  it('answers Bahasa Indonesia for an Indonesian OS locale and English otherwise', () => {
    expect(languageForLocale('id')).toBe('id');
    expect(languageForLocale('ID-id')).toBe('id');
    expect(languageForLocale('en-GB')).toBe('en');
    expect(languageForLocale('ms-MY')).toBe('en');
    expect(languageForLocale('')).toBe('en');
  });
});

describe('createShellLanguage', () => {
  it('answers the labels of the current language', () => {
    const language = createShellLanguage('en', () => undefined);
    expect(language.labels().menu.file).toBe('File');
    language.set('id');
    expect(language.current()).toBe('id');
    expect(language.labels().menu.file).toBe('Berkas');
  });
});
