import { useCallback, useState } from 'react';

export const CODER_STORAGE_KEY = 'telaah.coder';

/** The coder name typed last, remembered so the next project opens under the same name. */
export function useCoderName(): [string, (name: string) => void] {
  const [name, setName] = useState(() => localStorage.getItem(CODER_STORAGE_KEY) ?? '');
  const update = useCallback((next: string) => {
    setName(next);
    if (next.trim() !== '') localStorage.setItem(CODER_STORAGE_KEY, next.trim());
  }, []);
  return [name, update];
}
