import { useCallback, useRef, useState } from 'react';

/** A cell by row (document) and column (0 title, 1 case, 2… variables). */
export interface CellRef {
  row: number;
  col: number;
}

export interface Editing extends CellRef {
  draft: string;
  original: string;
}

export const cellKey = (cell: CellRef): string => `${String(cell.row)}:${String(cell.col)}`;

/**
 * Which cell is being edited, its draft, and the API's refusal per cell. `save` resolves to the
 * error (or null); a refused value keeps the editor open with the message on the cell.
 */
export function useCellEditing(save: (cell: CellRef, draft: string) => Promise<unknown>) {
  const [editing, setEditingState] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, unknown>>({});
  // The editor's blur and Enter can both commit; the ref makes the second a no-op.
  const current = useRef<Editing | null>(null);
  const setEditing = useCallback((next: Editing | null): void => {
    current.current = next;
    setEditingState(next);
  }, []);

  const clearError = (cell: CellRef): void => {
    setErrors((all) =>
      Object.fromEntries(Object.entries(all).filter(([key]) => key !== cellKey(cell))),
    );
  };
  const start = useCallback(
    (cell: CellRef, original: string, draft = original) => {
      setEditing({ ...cell, original, draft });
    },
    [setEditing],
  );
  const setDraft = useCallback(
    (draft: string) => {
      if (current.current) setEditing({ ...current.current, draft });
    },
    [setEditing],
  );
  const cancel = useCallback(() => {
    if (current.current) clearError(current.current);
    setEditing(null);
  }, [setEditing]);
  const commit = useCallback(async (): Promise<boolean> => {
    const edit = current.current;
    if (!edit) return false;
    if (edit.draft.trim() === edit.original.trim()) {
      cancel();
      return true;
    }
    const error = await save(edit, edit.draft);
    if (error === null) {
      clearError(edit);
      if (current.current === edit) setEditing(null);
      return true;
    }
    setErrors((all) => ({ ...all, [cellKey(edit)]: error }));
    return false;
  }, [save, cancel, setEditing]);
  /** Saves a value without an editor (clearing a cell, ticking a checkbox). */
  const saveNow = useCallback(
    async (cell: CellRef, value: string): Promise<void> => {
      const error = await save(cell, value);
      if (error === null) clearError(cell);
      else setErrors((all) => ({ ...all, [cellKey(cell)]: error }));
    },
    [save],
  );
  return { editing, errors, start, setDraft, cancel, commit, saveNow };
}
