import type { Language } from '../../i18n/languages';

const LOCALES: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

/**
 * An attribute value for the list's chips, in the UI language. The list does not know variable
 * types, so it reads the stored forms: yyyy-mm-dd dates and plain numbers (never grouped: years).
 */
export function formatChip(value: string, language: Language): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (date) {
    const local = new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(local);
  }
  if (/^-?\d+(\.\d+)?$/u.test(value)) {
    return new Intl.NumberFormat(LOCALES[language], {
      useGrouping: false,
      maximumFractionDigits: 10,
    }).format(Number(value));
  }
  if (value === 'true' || value === 'false') return value === 'true' ? '✓' : '✗';
  return value;
}
