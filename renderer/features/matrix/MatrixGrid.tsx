import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/LanguageProvider';
import type { MatrixPayload } from './use-matrix';

export interface CellPosition {
  row: number;
  column: number;
}

interface MatrixGridProps {
  payload: MatrixPayload;
  active: CellPosition;
  onActive: (cell: CellPosition) => void;
  /** Space, a click: list the cell's excerpts. */
  onDrill: (cell: CellPosition) => void;
  /** Enter, a double click: write the cell's entry. */
  onEdit: (cell: CellPosition) => void;
}

type Cell = MatrixPayload['data']['cells'][number][number];

/**
 * The matrix as an ARIA grid with sticky headers: one cell is in the tab order, arrow keys,
 * Home/End and Page keys move between cells, Enter edits an entry and Space drills down.
 */
export function MatrixGrid({ payload, active, onActive, onDrill, onEdit }: MatrixGridProps) {
  const { t, number } = useI18n();
  const baseId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const { display, data } = payload;
  const mode = display.config.cell;
  const max = Math.max(1, ...data.cells.flat().map((c) => measure(c, mode)));
  const cellId = (r: number, c: number): string => `${baseId}-${r}-${c}`;
  const clusters = clusterSpans(data.columns.map((c) => c.cluster));

  useEffect(() => {
    const el = document.getElementById(cellId(active.row, active.column));
    if (el && tableRef.current?.contains(document.activeElement)) el.focus();
    // cellId depends only on baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const onKeyDown = (event: KeyboardEvent): void => {
    const lastRow = data.rows.length - 1;
    const lastColumn = data.columns.length - 1;
    const moves: Record<string, CellPosition> = {
      ArrowDown: { row: active.row + 1, column: active.column },
      ArrowUp: { row: active.row - 1, column: active.column },
      ArrowRight: { row: active.row, column: active.column + 1 },
      ArrowLeft: { row: active.row, column: active.column - 1 },
      Home: { row: event.ctrlKey ? 0 : active.row, column: 0 },
      End: { row: event.ctrlKey ? lastRow : active.row, column: lastColumn },
      PageDown: { row: Math.min(lastRow, active.row + 10), column: active.column },
      PageUp: { row: Math.max(0, active.row - 10), column: active.column },
    };
    const next = moves[event.key];
    if (next) {
      event.preventDefault();
      onActive({
        row: Math.min(lastRow, Math.max(0, next.row)),
        column: Math.min(lastColumn, Math.max(0, next.column)),
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEdit(active);
    } else if (event.key === ' ') {
      event.preventDefault();
      onDrill(active);
    }
  };

  const bandLabel = { high: t('matrix.high'), medium: t('matrix.medium'), low: t('matrix.low') };
  const bandStarts = data.rows.map(
    (row, r) => row.band !== null && (r === 0 || data.rows[r - 1]?.band !== row.band),
  );

  return (
    <div className="matrix-scroll">
      <table
        ref={tableRef}
        className={`matrix-grid matrix-mode-${mode}`}
        role="grid"
        aria-label={t('matrix.grid', { name: display.name })}
        aria-rowcount={data.rows.length + 1}
        aria-colcount={data.columns.length + 1}
        onKeyDown={onKeyDown}
      >
        <thead>
          {clusters !== null && (
            <tr className="matrix-cluster-row">
              <th className="matrix-corner" scope="col" />
              {clusters.map((span, i) => (
                <th key={i} colSpan={span.count} scope="colgroup" className="matrix-cluster">
                  {span.name}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th className="matrix-corner" scope="col">
              {t('matrix.rows')}
            </th>
            {data.columns.map((column) => (
              <th key={column.key} scope="col" className="matrix-col-head">
                <span className="matrix-swatch" style={{ background: column.color }} />
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, r) => {
            const bandStart = bandStarts[r] === true;
            return (
              <tr key={row.key} className={row.band ? `matrix-band-${row.band}` : undefined}>
                <th
                  scope="row"
                  className={`matrix-row-head${bandStart ? ' matrix-band-start' : ''}`}
                >
                  {row.band !== null && (
                    <span className={`matrix-band-tag matrix-band-tag-${row.band}`}>
                      {bandLabel[row.band]}
                    </span>
                  )}
                  {row.label === '' ? t('matrix.noValue') : row.label}
                </th>
                {data.columns.map((column, c) => {
                  const cell = data.cells[r]?.[c] as Cell;
                  const isActive = active.row === r && active.column === c;
                  const heat = mode === 'entry' ? 0 : measure(cell, mode) / max;
                  return (
                    <td
                      key={column.key}
                      id={cellId(r, c)}
                      role="gridcell"
                      tabIndex={isActive ? 0 : -1}
                      aria-selected={isActive}
                      className={`matrix-cell${bandStart ? ' matrix-band-start' : ''}`}
                      style={
                        heat > 0
                          ? { background: `rgb(15 110 92 / ${(heat * 28).toFixed(1)}%)` }
                          : undefined
                      }
                      onClick={() => {
                        onActive({ row: r, column: c });
                        onDrill({ row: r, column: c });
                      }}
                      onDoubleClick={() => {
                        onEdit({ row: r, column: c });
                      }}
                    >
                      <CellContent cell={cell} mode={mode} number={number} t={t} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CellContent({
  cell,
  mode,
  number,
  t,
}: {
  cell: Cell;
  mode: MatrixPayload['display']['config']['cell'];
  number: (n: number) => string;
  t: ReturnType<typeof useI18n>['t'];
}) {
  const entry = cell.entry;
  const main =
    mode === 'coverage'
      ? `${number(Math.round(cell.coverage * 1000) / 10)}%`
      : mode === 'documents'
        ? number(cell.documents)
        : mode === 'excerpts'
          ? cell.codings === 0
            ? ''
            : cell.codings === 1
              ? t('matrix.excerptCountOne')
              : t('matrix.excerptCount', { count: number(cell.codings) })
          : mode === 'codings'
            ? number(cell.codings)
            : '';
  return (
    <>
      {main !== '' && <span className="matrix-measure">{main}</span>}
      {entry !== null && (
        <span className="matrix-entry">
          {entry.symbol !== null && <span className="matrix-symbol">{entry.symbol}</span>}
          {entry.rating !== null && <span className="matrix-rating">{number(entry.rating)}</span>}
          {entry.text !== '' && <span className="matrix-entry-text">{entry.text}</span>}
          {entry.segmentIds.length > 0 && (
            <span className="matrix-linked">
              {t('matrix.linkedCount', { count: number(entry.segmentIds.length) })}
            </span>
          )}
        </span>
      )}
      {mode === 'entry' && entry === null && cell.codings > 0 && (
        <span className="matrix-faint">
          {cell.codings === 1
            ? t('matrix.excerptCountOne')
            : t('matrix.excerptCount', { count: number(cell.codings) })}
        </span>
      )}
    </>
  );
}

function measure(cell: Cell, mode: string): number {
  if (mode === 'documents') return cell.documents;
  if (mode === 'coverage') return cell.coverage;
  return cell.codings;
}

/** Runs of equal cluster names over the columns; null when no column has a cluster. */
function clusterSpans(clusters: (string | null)[]): { name: string; count: number }[] | null {
  if (clusters.every((c) => c === null)) return null;
  const spans: { name: string; count: number }[] = [];
  for (const cluster of clusters) {
    const last = spans[spans.length - 1];
    if (last && last.name === (cluster ?? '')) last.count += 1;
    else spans.push({ name: cluster ?? '', count: 1 });
  }
  return spans;
}
