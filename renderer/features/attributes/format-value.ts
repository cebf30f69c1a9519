import type { Language } from '../../i18n/languages';

export type VariableType = 'text' | 'number' | 'date' | 'boolean';

const LOCALES: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

/** A stored yyyy-mm-dd as local midnight, so the formatted day never shifts by time zone. */
export function dateFromIso(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * A stored value as the grid shows it. Numbers get the language's decimal mark but no grouping,
 * so a year reads 2019, never 2.019.
 */
export function formatValue(
  type: VariableType,
  value: string | undefined,
  language: Language,
  words: { yes: string; no: string },
): string {
  if (value === undefined || value === '') return '';
  if (type === 'number') {
    const n = Number(value);
    if (!Number.isFinite(n)) return value;
    return new Intl.NumberFormat(LOCALES[language], {
      useGrouping: false,
      maximumFractionDigits: 10,
    }).format(n);
  }
  if (type === 'date') {
    const date = dateFromIso(value);
    return date
      ? new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(date)
      : value;
  }
  if (type === 'boolean') return value === 'true' ? words.yes : words.no;
  return value;
}

/** The text an editor starts with: the stored value, with a localized decimal mark for numbers. */
export function draftOf(type: VariableType, value: string | undefined, language: Language): string {
  if (value === undefined) return '';
  return type === 'number' && language === 'id' ? value.replace('.', ',') : value;
}
