import type { ShellLanguage } from './shell-contract';
import { shellMessages, type ShellLabels } from './shell-messages';

/** Bahasa Indonesia for an Indonesian OS locale, else English, as the renderer decides first. */
export function languageForLocale(locale: string): ShellLanguage {
  return locale.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/** The one language of the menu and the native dialogs, switched by the renderer. */
export interface ShellLanguageState {
  current(): ShellLanguage;
  labels(): ShellLabels;
  set(language: ShellLanguage): void;
}

/** `onChange` runs only on an actual change, so the renderer may repeat itself for free. */
export function createShellLanguage(
  initial: ShellLanguage,
  onChange: (language: ShellLanguage) => void,
): ShellLanguageState {
  let language = initial;
  return {
    current: () => language,
    labels: () => shellMessages[language],
    set(next) {
      if (next === language) return;
      language = next;
      onChange(next);
    },
  };
}
