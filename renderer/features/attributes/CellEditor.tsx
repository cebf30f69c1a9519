import type { KeyboardEvent } from 'react';
import type { VariableType } from './format-value';

interface CellEditorProps {
  type: VariableType | 'case';
  label: string;
  draft: string;
  errorId: string | null;
  caseNames: string[];
  onDraft: (draft: string) => void;
  onCommit: () => void;
  onCancel: () => void;
}

/** The typed input a cell shows while it is edited; Enter keeps, Escape cancels. */
export function CellEditor({
  type,
  label,
  draft,
  errorId,
  caseNames,
  onDraft,
  onCommit,
  onCancel,
}: CellEditorProps) {
  const onKeyDown = (event: KeyboardEvent): void => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      onCommit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <>
      <input
        className="cell-editor"
        // The editor replaces the cell the user just chose to edit, so focus belongs here.
        autoFocus
        type={type === 'date' ? 'date' : 'text'}
        inputMode={type === 'number' ? 'decimal' : undefined}
        list={type === 'case' ? 'case-names' : undefined}
        aria-label={label}
        aria-invalid={errorId !== null}
        aria-describedby={errorId ?? undefined}
        value={draft}
        onChange={(event) => {
          onDraft(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={onCommit}
      />
      {type === 'case' && (
        <datalist id="case-names">
          {caseNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
    </>
  );
}
