import type { KeyboardEvent } from 'react';
import type { DocumentItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { cellValue } from './cell-value';
import { draftOf } from './format-value';
import type { CaseItem, Variable } from './use-attributes';
import type { CellRef, useCellEditing } from './use-cell-editing';

interface GridKeysOptions {
  documents: DocumentItem[];
  variables: Variable[];
  cases: CaseItem[];
  cursor: CellRef;
  setCursor: (cell: CellRef) => void;
  columnCount: number;
  editor: ReturnType<typeof useCellEditing>;
}

/** Spreadsheet keys: arrows move, Enter/F2 edit, typing starts an edit, Delete clears, Space ticks. */
export function useGridKeys(options: GridKeysOptions): (event: KeyboardEvent) => void {
  const { language } = useI18n();
  const { documents, variables, cases, cursor, setCursor, columnCount, editor } = options;
  return (event) => {
    if (editor.editing) return;
    const doc = documents[cursor.row];
    if (!doc) return;
    const variable = cursor.col === 1 ? null : (variables[cursor.col - 2] ?? null);
    const type = variable?.type ?? 'text';
    const stored = cellValue(doc, variable, cases);
    const move = (row: number, col: number): void => {
      setCursor({
        row: Math.max(0, Math.min(documents.length - 1, row)),
        col: Math.max(1, Math.min(columnCount - 1, col)),
      });
    };
    const keys: Record<string, () => void> = {
      ArrowDown: () => {
        move(cursor.row + 1, cursor.col);
      },
      ArrowUp: () => {
        move(cursor.row - 1, cursor.col);
      },
      ArrowRight: () => {
        move(cursor.row, cursor.col + 1);
      },
      ArrowLeft: () => {
        move(cursor.row, cursor.col - 1);
      },
      Home: () => {
        move(event.ctrlKey ? 0 : cursor.row, 1);
      },
      End: () => {
        move(event.ctrlKey ? documents.length - 1 : cursor.row, columnCount - 1);
      },
      Enter: () => {
        if (type === 'boolean') void editor.saveNow(cursor, String(stored !== 'true'));
        else editor.start(cursor, draftOf(type, stored, language));
      },
      ' ': () => {
        if (type === 'boolean') void editor.saveNow(cursor, String(stored !== 'true'));
      },
      Delete: () => {
        if (variable !== null && stored !== '') void editor.saveNow(cursor, '');
      },
    };
    const aliases: Record<string, string> = { F2: 'Enter', Backspace: 'Delete' };
    const action = keys[aliases[event.key] ?? event.key];
    if (action) {
      event.preventDefault();
      action();
    } else if (
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey &&
      type !== 'boolean' &&
      type !== 'date'
    ) {
      // Typing on a cell replaces its value, as in a spreadsheet.
      event.preventDefault();
      editor.start(cursor, draftOf(type, stored, language), event.key);
    }
  };
}
