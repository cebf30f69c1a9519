import { LANGUAGES, type Language } from './i18n/languages';

interface LanguageSwitchProps {
  label: string;
  language: Language;
  onChange: (language: Language) => void;
}

/** Two toggle buttons; each language is named in itself so anyone can find their own. */
export function LanguageSwitch({ label, language, onChange }: LanguageSwitchProps) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {LANGUAGES.map(({ code, name }) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === language}
          onClick={() => {
            onChange(code);
          }}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
