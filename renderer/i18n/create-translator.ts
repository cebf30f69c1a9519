import { catalogues, type MessageKey } from './all-messages';
import type { Language } from './languages';

export type { MessageKey } from './all-messages';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `t('app.version', { version })` in the given language; unknown `{names}` stay as written. */
export function createTranslator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}
