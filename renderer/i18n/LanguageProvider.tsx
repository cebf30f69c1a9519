import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { getBridge } from '../api/telaah-bridge';
import { formatDate, formatDateTime, formatNumber } from './format';
import type { Language } from './languages';
import { useLanguage, type LanguageState } from './use-language';

export interface I18n extends LanguageState {
  number: (value: number) => string;
  date: (ms: number) => string;
  dateTime: (ms: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Holds the one UI language for the whole app; components read it with `useI18n()`. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { language, setLanguage, t } = useLanguage();
  const value = useMemo<I18n>(
    () => withFormatters({ language, setLanguage, t }),
    [language, setLanguage, t],
  );
  useEffect(() => {
    void tellShell(language);
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Lets the desktop menu and dialogs follow the UI language; browser mode has no shell. */
async function tellShell(language: Language): Promise<void> {
  try {
    await getBridge(window)?.shell('app.setLanguage', { language });
  } catch {
    // An unreachable shell only keeps its previous labels; the page itself is unaffected.
  }
}

function withFormatters(state: LanguageState): I18n {
  const language: Language = state.language;
  return {
    ...state,
    number: (value) => formatNumber(value, language),
    date: (ms) => formatDate(ms, language),
    dateTime: (ms) => formatDateTime(ms, language),
  };
}

/** The UI language, translator and localized formatters. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n is used outside <LanguageProvider>.');
  return value;
}
