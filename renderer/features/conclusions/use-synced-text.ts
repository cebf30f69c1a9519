import { useState } from 'react';

/**
 * A text field's draft that follows its saved value: when the value changes elsewhere (a save,
 * an undo), the draft takes it, without remounting the field and losing focus.
 */
export function useSyncedText<T = string>(saved: T): [T, (value: T) => void] {
  const [draft, setDraft] = useState(saved);
  const [base, setBase] = useState(saved);
  if (base !== saved) {
    setBase(saved);
    setDraft(saved);
  }
  return [draft, setDraft];
}
