/** The languages the UI and the CLI speak. */
export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Picks Bahasa Indonesia when a locale string (LANG, navigator.language, --lang) asks for it. */
export function toLanguage(locale: string | undefined | null): Language {
  return locale?.toLowerCase().startsWith('id') ? 'id' : 'en';
}
