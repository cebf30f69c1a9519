import { useCallback, useEffect, useMemo, useState } from 'react';
import { createTranslator, type Translate } from './create-translator';
import { isLanguage, type Language } from './languages';

export const LANGUAGE_STORAGE_KEY = 'telaah.language';

/** The stored choice, else Bahasa Indonesia when the browser asks for it, else English. */
export function initialLanguage(storage: Pick<Storage, 'getItem'>, locale: string): Language {
  const stored = storage.getItem(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return locale.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

/** The UI language, persisted in localStorage and mirrored to `<html lang>`. */
export function useLanguage(): LanguageState {
  const [language, setLanguageState] = useState<Language>(() =>
    initialLanguage(localStorage, navigator.language),
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const t = useMemo(() => createTranslator(language), [language]);
  return { language, setLanguage, t };
}
