import type { DocumentItem } from '../../app/workspace-store';
import { useI18n } from '../../i18n/LanguageProvider';
import { errorText } from '../../i18n/error-text';
import { CellEditor } from './CellEditor';
import { cellValue } from './cell-value';
import { draftOf, formatValue } from './format-value';
import type { CaseItem, Variable } from './use-attributes';
import { cellKey, type CellRef, type useCellEditing } from './use-cell-editing';

interface GridCellProps {
  doc: DocumentItem;
  cell: CellRef;
  /** Null for the case column. */
  variable: Variable | null;
  cases: CaseItem[];
  active: boolean;
  editor: ReturnType<typeof useCellEditing>;
  onActivate: (cell: CellRef) => void;
}

/** One cell: its value as text (or a checkbox), its typed editor, and the API's refusal if any. */
export function GridCell({
  doc,
  cell,
  variable,
  cases,
  active,
  editor,
  onActivate,
}: GridCellProps) {
  const { t, language } = useI18n();
  const stored = cellValue(doc, variable, cases);
  const type = variable?.type ?? 'case';
  const id = `attr-cell-${String(cell.row)}-${String(cell.col)}`;
  const error = editor.errors[cellKey(cell)];
  const errorId = error === undefined ? null : `${id}-error`;
  const editing = editor.editing?.row === cell.row && editor.editing.col === cell.col;
  const label = t('attributes.editor', {
    variable: variable?.name ?? t('attributes.case'),
    document: doc.title,
  });
  const shown =
    variable === null
      ? stored
      : formatValue(variable.type, stored, language, {
          yes: t('attributes.yes'),
          no: t('attributes.no'),
        });

  return (
    <td
      id={id}
      role="gridcell"
      tabIndex={active && !editing ? 0 : -1}
      className={`cell cell-${type}${errorId ? ' cell-invalid' : ''}`}
      aria-invalid={errorId !== null || undefined}
      aria-describedby={errorId ?? undefined}
      aria-label={editing ? undefined : `${label}: ${shown}`}
      onClick={() => {
        onActivate(cell);
      }}
      onDoubleClick={() => {
        if (type !== 'boolean')
          editor.start(cell, draftOf(variable?.type ?? 'text', stored, language));
      }}
    >
      {editing && editor.editing ? (
        <CellEditor
          type={type}
          label={label}
          draft={editor.editing.draft}
          errorId={errorId}
          caseNames={cases.map((c) => c.name)}
          onDraft={editor.setDraft}
          onCommit={() => void editor.commit()}
          onCancel={editor.cancel}
        />
      ) : type === 'boolean' ? (
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={label}
          checked={stored === 'true'}
          onChange={(event) => {
            onActivate(cell);
            void editor.saveNow(cell, String(event.target.checked));
          }}
        />
      ) : (
        <span className="cell-text">{shown}</span>
      )}
      {errorId !== null && (
        <span id={errorId} className="cell-error" role="alert">
          {errorText(error, language)}
        </span>
      )}
    </td>
  );
}
