import { useCallback, useState } from 'react';
import { errorText } from '../../i18n/error-text';
import { useI18n } from '../../i18n/LanguageProvider';

/** One running exchange action: busy while it runs, its message or error afterwards. */
export interface ExchangeTask {
  busy: boolean;
  message: string | null;
  error: string | null;
  run: (work: () => Promise<string | null>) => Promise<void>;
  clear: () => void;
}

export function useExchangeTask(): ExchangeTask {
  const { language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<string | null>) => {
      setBusy(true);
      setMessage(null);
      setError(null);
      try {
        setMessage(await work());
      } catch (caught) {
        setError(errorText(caught, language));
      } finally {
        setBusy(false);
      }
    },
    [language],
  );
  const clear = useCallback(() => {
    setMessage(null);
    setError(null);
  }, []);
  return { busy, message, error, run, clear };
}
