import { useState } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import { Dialog } from '../../ui/Dialog';
import { CellDrillDown } from './CellDrillDown';
import { EntryDialog } from './EntryDialog';
import { ExportMenu } from './ExportMenu';
import { MatrixBuilder } from './MatrixBuilder';
import { MatrixGrid, type CellPosition } from './MatrixGrid';
import { NewMatrixDialog, type TemplateChoice } from './NewMatrixDialog';
import { useMatrix, type MatrixPayload } from './use-matrix';
import './matrix.css';

interface CellKeys {
  rowKey: string;
  columnKey: string;
}

/** The matrix view: saved matrices, the builder, the grid, a cell's excerpts and its entry. */
export function MatrixView() {
  const { t, date } = useI18n();
  const codes = useWorkspace((s) => s.codes);
  const m = useMatrix();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [builderOpen, setBuilderOpen] = useState(false);
  // The active cell and drill-down belong to one matrix: another matrix starts at its corner.
  const [activeOf, setActiveOf] = useState<{ id: string | null; cell: CellPosition } | null>(null);
  const [drillOf, setDrillOf] = useState<{ id: string | null; keys: CellKeys | null } | null>(null);
  const [editing, setEditing] = useState<CellKeys | null>(null);
  const payload = m.matrix;
  const templateName = (template: string | null): string =>
    template === null
      ? t('matrix.template.blank')
      : t(`matrix.template.${template as Exclude<TemplateChoice, 'blank'>}`);
  const active =
    activeOf !== null && activeOf.id === m.selectedId ? activeOf.cell : { row: 0, column: 0 };
  const drill = drillOf !== null && drillOf.id === m.selectedId ? drillOf.keys : null;
  const setActive = (cell: CellPosition): void => {
    setActiveOf({ id: m.selectedId, cell });
  };
  const setDrill = (keys: CellKeys | null): void => {
    setDrillOf({ id: m.selectedId, keys });
  };

  const keysAt = (cell: CellPosition): CellKeys | null => {
    const row = payload?.data.rows[cell.row];
    const column = payload?.data.columns[cell.column];
    return row && column ? { rowKey: row.key, columnKey: column.key } : null;
  };

  const create = (input: { name: string; template: TemplateChoice; variableId: string | null }) => {
    setCreating(false);
    void m
      .change(() =>
        m.client.call('displays.createMatrix', {
          name: input.name,
          ...(input.template === 'blank'
            ? {
                template: null,
                config: {
                  rows: { source: 'documents' },
                  columns: codes
                    .filter((c) => c.parentId === null)
                    .map((c) => ({ kind: 'code' as const, codeId: c.id })),
                  includeSubcodes: true,
                  cell: 'codings',
                  order: { by: 'label', direction: 'asc' },
                  partition: null,
                },
              }
            : { template: input.template }),
          ...(input.variableId === null ? {} : { variableId: input.variableId }),
        }),
      )
      .then((display) => {
        if (display) m.setSelectedId(display.id);
      });
  };

  return (
    <section className="main-view matrix-view" aria-labelledby="matrix-heading">
      <div className="matrix-bar">
        <h2 id="matrix-heading">{t('matrix.heading')}</h2>
        {m.list !== null && m.list.length > 0 && (
          <label className="matrix-picker">
            <span>{t('matrix.saved')}</span>
            <select
              value={m.selectedId ?? ''}
              onChange={(event) => {
                m.setSelectedId(event.target.value);
              }}
            >
              {m.list.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="primary"
          onClick={() => {
            setCreating(true);
          }}
        >
          {t('matrix.new')}
        </button>
      </div>
      {m.list !== null && m.list.length === 0 && <p className="muted">{t('matrix.none')}</p>}
      <div className="matrix-layout">
        {payload !== null && payload.display.id === m.selectedId && (
          <div className="matrix-main">
            <div className="matrix-title-row">
              <h3>
                {payload.display.name}
                <span className="matrix-title-meta">
                  {templateName(payload.display.template)}
                  {' · '}
                  {date(payload.display.updatedAt)}
                </span>
              </h3>
              <button
                type="button"
                aria-expanded={builderOpen}
                onClick={() => {
                  setBuilderOpen((open) => !open);
                }}
              >
                {builderOpen ? t('matrix.hideBuilder') : t('matrix.showBuilder')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setRenaming(payload.display.name);
                }}
              >
                {t('matrix.rename')}
              </button>
              <ExportMenu displayId={payload.display.id} />
              <button
                type="button"
                onClick={() => {
                  setDeleting(true);
                }}
              >
                {t('matrix.delete')}
              </button>
            </div>
            {builderOpen && (
              <MatrixBuilder
                payload={payload}
                variables={m.variables}
                groups={m.groups}
                onChange={(config) => {
                  void m.change(() =>
                    m.client.call('displays.updateMatrix', { id: payload.display.id, config }),
                  );
                }}
              />
            )}
            <MatrixBody
              payload={payload}
              active={active}
              setActive={setActive}
              onDrill={(cell) => {
                setDrill(keysAt(cell));
              }}
              onEdit={(cell) => {
                setEditing(keysAt(cell));
              }}
            />
            {drill !== null && (
              <CellDrillDown
                key={`${drill.rowKey}|${drill.columnKey}`}
                displayId={payload.display.id}
                {...drill}
                {...labelsOf(payload, drill, t('matrix.noValue'))}
                onEdit={() => {
                  setEditing(drill);
                }}
              />
            )}
            {drill === null && <p className="muted">{t('matrix.drillHint')}</p>}
          </div>
        )}
      </div>
      {creating && (
        <NewMatrixDialog
          variables={m.variables}
          onCreate={create}
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
      {editing !== null && payload !== null && (
        <EntryDialog
          key={`${editing.rowKey}|${editing.columnKey}`}
          displayId={payload.display.id}
          {...editing}
          {...labelsOf(payload, editing, t('matrix.noValue'))}
          entry={entryAt(payload, editing)}
          onClose={() => {
            setEditing(null);
          }}
          onSave={(input) => {
            const keys = editing;
            setEditing(null);
            void m.change(() =>
              m.client.call('displays.setEntry', { id: payload.display.id, ...keys, ...input }),
            );
          }}
        />
      )}
      {renaming !== null && payload !== null && (
        <Dialog
          title={t('matrix.rename')}
          onClose={() => {
            setRenaming(null);
          }}
          onSubmit={() => {
            const name = renaming.trim();
            setRenaming(null);
            if (name === '' || name === payload.display.name) return;
            void m.change(() =>
              m.client.call('displays.updateMatrix', { id: payload.display.id, name }),
            );
          }}
          actions={
            <>
              <button
                type="button"
                onClick={() => {
                  setRenaming(null);
                }}
              >
                {t('matrix.cancel')}
              </button>
              <button type="submit" className="primary">
                {t('matrix.save')}
              </button>
            </>
          }
        >
          <label>
            {t('matrix.name')}
            <input
              type="text"
              data-autofocus
              value={renaming}
              onChange={(event) => {
                setRenaming(event.target.value);
              }}
            />
          </label>
        </Dialog>
      )}
      {deleting && payload !== null && (
        <Dialog
          title={t('matrix.delete')}
          onClose={() => {
            setDeleting(false);
          }}
          onSubmit={() => {
            setDeleting(false);
            void m.change(() => m.client.call('displays.delete', { id: payload.display.id }));
          }}
          actions={
            <>
              <button
                type="button"
                onClick={() => {
                  setDeleting(false);
                }}
              >
                {t('matrix.cancel')}
              </button>
              <button type="submit" className="danger">
                {t('matrix.delete')}
              </button>
            </>
          }
        >
          <p>{t('matrix.deleteConfirm', { name: payload.display.name })}</p>
        </Dialog>
      )}
    </section>
  );
}

function MatrixBody(props: {
  payload: MatrixPayload;
  active: CellPosition;
  setActive: (cell: CellPosition) => void;
  onDrill: (cell: CellPosition) => void;
  onEdit: (cell: CellPosition) => void;
}) {
  const { t } = useI18n();
  const { data } = props.payload;
  if (data.rows.length === 0) return <p className="muted">{t('matrix.emptyRows')}</p>;
  if (data.columns.length === 0) return <p className="muted">{t('matrix.emptyColumns')}</p>;
  const active = {
    row: Math.min(props.active.row, data.rows.length - 1),
    column: Math.min(props.active.column, data.columns.length - 1),
  };
  return (
    <>
      <p className="hint">{t('matrix.gridHint')}</p>
      <MatrixGrid
        payload={props.payload}
        active={active}
        onActive={props.setActive}
        onDrill={props.onDrill}
        onEdit={props.onEdit}
      />
    </>
  );
}

function labelsOf(payload: MatrixPayload, keys: CellKeys, noValue: string) {
  const row = payload.data.rows.find((r) => r.key === keys.rowKey);
  const column = payload.data.columns.find((c) => c.key === keys.columnKey);
  return {
    rowLabel: row === undefined || row.label === '' ? noValue : row.label,
    columnLabel: column?.label ?? '',
  };
}

function entryAt(payload: MatrixPayload, keys: CellKeys) {
  const r = payload.data.rows.findIndex((row) => row.key === keys.rowKey);
  const c = payload.data.columns.findIndex((column) => column.key === keys.columnKey);
  return payload.data.cells[r]?.[c]?.entry ?? null;
}
