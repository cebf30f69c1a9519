import type { Language } from './languages';

const LOCALES: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

/** Numbers with the language's grouping and decimal marks (1,234.5 / 1.234,5). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** A date and time in the language's conventions, e.g. 23 Nov 2026, 14.05 in Indonesian. */
export function formatDateTime(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(ms));
}

/** A date without the time. */
export function formatDate(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(new Date(ms));
}
