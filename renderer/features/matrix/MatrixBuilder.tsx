import { useId } from 'react';
import { useWorkspace } from '../../app/WorkspaceProvider';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CodeGroup, MatrixConfig, MatrixPayload, Variable } from './use-matrix';

const CELL_MODES = ['codings', 'documents', 'coverage', 'excerpts', 'entry'] as const;

interface MatrixBuilderProps {
  payload: MatrixPayload;
  variables: Variable[];
  groups: CodeGroup[];
  onChange: (config: MatrixConfig) => void;
}

type Column = MatrixConfig['columns'][number];

const keyOf = (column: Column): string =>
  column.kind === 'code' ? `code:${column.codeId}` : `group:${column.setId}`;

/** The arrangement of a matrix: rows, columns, what cells show, row order and bands. */
export function MatrixBuilder({ payload, variables, groups, onChange }: MatrixBuilderProps) {
  const { t } = useI18n();
  const codes = useWorkspace((s) => s.codes);
  const id = useId();
  const config = payload.display.config;
  const columnLabels = new Map(payload.data.columns.map((c) => [c.key, c.label]));
  const set = (patch: Partial<MatrixConfig>): void => {
    onChange({ ...config, ...patch });
  };
  const rowsValue =
    config.rows.source === 'attribute' ? `attr:${config.rows.variableId}` : config.rows.source;
  const rowVariable =
    config.rows.source === 'attribute'
      ? variables.find((v) => v.id === (config.rows as { variableId: string }).variableId)
      : undefined;

  const ticked = new Map(config.columns.map((c) => [keyOf(c), c]));
  const toggle = (column: Column, on: boolean): void => {
    const next = new Map(ticked);
    if (on) next.set(keyOf(column), ticked.get(keyOf(column)) ?? column);
    else next.delete(keyOf(column));
    // Columns follow the codebook's order, then the groups'; clusters stay as they were.
    const ordered: Column[] = [
      ...codes.flatMap((code) => next.get(`code:${code.id}`) ?? []),
      ...groups.flatMap((group) => next.get(`group:${group.id}`) ?? []),
    ];
    set({ columns: ordered });
  };

  const orderValue =
    config.order.by === 'label'
      ? 'label'
      : config.order.by === 'attribute'
        ? `attr:${config.order.variableId ?? ''}`
        : `col:${config.order.columnKey ?? ''}`;
  const partition = config.partition;
  const partitionValue = partition === null ? 'none' : `${partition.method}:${partition.columnKey}`;

  return (
    <div className="matrix-builder" role="group" aria-label={t('matrix.builder')}>
      <div className="matrix-builder-fields">
        <label>
          {t('matrix.rows')}
          <select
            value={rowsValue}
            onChange={(event) => {
              const value = event.target.value;
              set({
                rows: value.startsWith('attr:')
                  ? { source: 'attribute', variableId: value.slice(5), bin: 'none' }
                  : { source: value as 'documents' | 'cases' },
              });
            }}
          >
            <option value="documents">{t('matrix.rows.documents')}</option>
            <option value="cases">{t('matrix.rows.cases')}</option>
            {variables.map((v) => (
              <option key={v.id} value={`attr:${v.id}`}>
                {t('matrix.rows.attribute', { name: v.name })}
              </option>
            ))}
          </select>
        </label>
        {rowVariable !== undefined &&
          rowVariable.type !== 'text' &&
          rowVariable.type !== 'boolean' && (
            <label className="matrix-check">
              <input
                type="checkbox"
                checked={config.rows.source === 'attribute' && config.rows.bin === 'year'}
                onChange={(event) => {
                  set({
                    rows: {
                      source: 'attribute',
                      variableId: rowVariable.id,
                      bin: event.target.checked ? 'year' : 'none',
                    },
                  });
                }}
              />
              {t('matrix.binYear')}
            </label>
          )}
        <label>
          {t('matrix.cell')}
          <select
            value={config.cell}
            onChange={(event) => {
              set({ cell: event.target.value as MatrixConfig['cell'] });
            }}
          >
            {CELL_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`matrix.cell.${mode}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('matrix.order')}
          <select
            value={orderValue}
            onChange={(event) => {
              const value = event.target.value;
              const direction = config.order.direction;
              set({
                order:
                  value === 'label'
                    ? { by: 'label', direction }
                    : value.startsWith('attr:')
                      ? { by: 'attribute', variableId: value.slice(5), direction }
                      : { by: 'column', columnKey: value.slice(4), direction },
              });
            }}
          >
            <option value="label">{t('matrix.order.label')}</option>
            {variables.map((v) => (
              <option key={v.id} value={`attr:${v.id}`}>
                {t('matrix.order.attribute', { name: v.name })}
              </option>
            ))}
            {payload.data.columns.map((c) => (
              <option key={c.key} value={`col:${c.key}`}>
                {t('matrix.order.column', { name: c.label })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('matrix.direction')}
          <select
            value={config.order.direction}
            onChange={(event) => {
              set({ order: { ...config.order, direction: event.target.value as 'asc' | 'desc' } });
            }}
          >
            <option value="asc">{t('matrix.asc')}</option>
            <option value="desc">{t('matrix.desc')}</option>
          </select>
        </label>
        <label>
          {t('matrix.partition')}
          <select
            value={partitionValue}
            onChange={(event) => {
              const value = event.target.value;
              if (value === 'none') {
                set({ partition: null });
                return;
              }
              const [method, ...rest] = value.split(':');
              const columnKey = rest.join(':');
              set({
                partition:
                  method === 'tertiles'
                    ? { method: 'tertiles', columnKey }
                    : { method: 'thresholds', columnKey, high: 3, low: 1 },
              });
            }}
          >
            <option value="none">{t('matrix.partition.none')}</option>
            {payload.data.columns.map((c) => (
              <option key={`t${c.key}`} value={`tertiles:${c.key}`}>
                {t('matrix.partition.tertiles', { name: c.label })}
              </option>
            ))}
            {payload.data.columns.map((c) => (
              <option key={`h${c.key}`} value={`thresholds:${c.key}`}>
                {t('matrix.partition.thresholds', { name: c.label })}
              </option>
            ))}
          </select>
        </label>
        {partition !== null && partition.method === 'thresholds' && (
          <>
            <label>
              {t('matrix.highFrom')}
              <input
                type="number"
                value={partition.high}
                onChange={(event) => {
                  const high = Number(event.target.value);
                  if (Number.isFinite(high)) set({ partition: { ...partition, high } });
                }}
              />
            </label>
            <label>
              {t('matrix.lowBelow')}
              <input
                type="number"
                value={partition.low}
                onChange={(event) => {
                  const low = Number(event.target.value);
                  if (Number.isFinite(low)) set({ partition: { ...partition, low } });
                }}
              />
            </label>
          </>
        )}
      </div>
      <fieldset className="matrix-columns" aria-describedby={`${id}-cols`}>
        <legend id={`${id}-cols`}>{t('matrix.columns')}</legend>
        <label className="matrix-check">
          <input
            type="checkbox"
            checked={config.includeSubcodes}
            onChange={(event) => {
              set({ includeSubcodes: event.target.checked });
            }}
          />
          {t('matrix.includeSubcodes')}
        </label>
        <div className="matrix-column-list">
          {codes.map((code) => (
            <label
              key={code.id}
              className="matrix-check"
              style={{ paddingInlineStart: `${code.depth * 1.1}rem` }}
            >
              <input
                type="checkbox"
                checked={ticked.has(`code:${code.id}`)}
                onChange={(event) => {
                  toggle({ kind: 'code', codeId: code.id }, event.target.checked);
                }}
              />
              <span className="matrix-swatch" style={{ background: code.color }} />
              {columnLabels.get(`code:${code.id}`) ?? code.name}
            </label>
          ))}
          {groups.length > 0 && <p className="matrix-subhead">{t('matrix.groups')}</p>}
          {groups.map((group) => (
            <label key={group.id} className="matrix-check">
              <input
                type="checkbox"
                checked={ticked.has(`group:${group.id}`)}
                onChange={(event) => {
                  toggle({ kind: 'group', setId: group.id }, event.target.checked);
                }}
              />
              {group.name}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
