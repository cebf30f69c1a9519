import { useCallback, useEffect, useRef, useState } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { AddVariableForm } from './AddVariableForm';
import { GridCell } from './GridCell';
import { useAttributes } from './use-attributes';
import { useCellEditing, type CellRef } from './use-cell-editing';
import { useGridKeys } from './use-grid-keys';
import './attributes.css';

/** The classification sheet: one row per document, one column per variable, plus its case. */
export function AttributesGrid() {
  const documents = useWorkspace((s) => s.documents);
  const { t } = useI18n();
  const { variables, cases, setValue, assignCase } = useAttributes();
  const [cursor, setCursor] = useState<CellRef>({ row: 0, col: 1 });
  const table = useRef<HTMLTableElement>(null);

  const save = useCallback(
    (cell: CellRef, draft: string): Promise<unknown> => {
      const doc = documents[cell.row];
      if (!doc) return Promise.resolve(null);
      if (cell.col === 1)
        return draft.trim() === '' ? Promise.resolve(null) : assignCase(doc.id, draft);
      const variable = variables[cell.col - 2];
      if (!variable) return Promise.resolve(null);
      return setValue(doc.id, variable.id, draft.trim() === '' ? null : draft);
    },
    [documents, variables, assignCase, setValue],
  );
  const editor = useCellEditing(save);
  const columnCount = variables.length + 2;
  const onKeyDown = useGridKeys({
    documents,
    variables,
    cases,
    cursor,
    setCursor,
    columnCount,
    editor,
  });

  useEffect(() => {
    // Keyboard focus follows the cursor while the grid has it, and comes back after an edit.
    const focused = document.activeElement;
    if (editor.editing || (focused !== document.body && !table.current?.contains(focused))) return;
    document.getElementById(`attr-cell-${String(cursor.row)}-${String(cursor.col)}`)?.focus();
  }, [cursor, editor.editing]);

  return (
    <section className="attributes" aria-labelledby="attributes-heading">
      <header className="attributes-header">
        <h2 id="attributes-heading">{t('attributes.heading')}</h2>
        <p className="hint">{t('attributes.hint')}</p>
        <AddVariableForm />
      </header>
      {documents.length === 0 ? (
        <p className="pane-empty">{t('attributes.empty')}</p>
      ) : (
        <div className="attributes-scroll">
          <table
            ref={table}
            role="grid"
            aria-label={t('attributes.grid')}
            aria-rowcount={documents.length + 1}
            onKeyDown={onKeyDown}
          >
            <thead>
              <tr>
                <th scope="col" role="columnheader">
                  {t('attributes.document')}
                </th>
                <th scope="col" role="columnheader">
                  {t('attributes.case')}
                </th>
                {variables.map((variable) => (
                  <th key={variable.id} scope="col" role="columnheader">
                    {variable.name}
                    <span className="variable-type">{t(`attributes.type.${variable.type}`)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {documents.map((doc, row) => (
                <tr key={doc.id}>
                  <th scope="row" role="rowheader" className="document-cell" title={doc.title}>
                    {doc.title}
                  </th>
                  {Array.from({ length: columnCount - 1 }, (_, index) => (
                    <GridCell
                      key={index + 1}
                      doc={doc}
                      cell={{ row, col: index + 1 }}
                      variable={variables[index - 1] ?? null}
                      cases={cases}
                      active={cursor.row === row && cursor.col === index + 1}
                      editor={editor}
                      onActivate={setCursor}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {variables.length === 0 && <p className="pane-empty">{t('attributes.noVariables')}</p>}
        </div>
      )}
    </section>
  );
}
