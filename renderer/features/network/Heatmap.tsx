import { useRef, useState, type KeyboardEvent } from 'react';
import type { Output } from '../../../core/api/contract';
import { useI18n } from '../../i18n/LanguageProvider';
import type { CooccurrenceConfig } from './display-types';
import { heatFill } from './heat-fill';

type Table = Output<'cooccurrence.table'>;
const CELL = 44;

interface HeatmapProps {
  table: Table;
  measure: CooccurrenceConfig['measure'];
  onOpen: (codeA: string, codeB: string) => void;
}

/** The co-occurrence matrix as an SVG grid: one focusable cell per pair, arrows move, Enter opens. */
export function Heatmap({ table, measure, onOpen }: HeatmapProps) {
  const { t, number } = useI18n();
  const [active, setActive] = useState<[number, number]>([0, 1]);
  const ref = useRef<SVGSVGElement>(null);
  const n = table.codes.length;
  const values = table.codes.map(() => table.codes.map(() => 0));
  const index = new Map(table.codes.map((c, i) => [c.id, i]));
  for (const p of table.pairs) {
    const a = index.get(p.codeA);
    const b = index.get(p.codeB);
    const rowA = values[a ?? -1];
    const rowB = values[b ?? -1];
    if (a === undefined || b === undefined || rowA === undefined || rowB === undefined) continue;
    rowA[b] = rowB[a] = measure === 'c' ? p.c : measure === 'documents' ? p.documents : p.count;
  }
  const max = Math.max(0, ...values.flat());
  const show = (v: number): string =>
    Number.isInteger(v) ? number(v) : number(Math.round(v * 100) / 100);
  const labels = table.codes.map((c) => (c.path.length > 26 ? `${c.path.slice(0, 25)}…` : c.path));
  const left = 16 + Math.max(40, ...labels.map((l) => l.length * 7));
  const top = 16 + Math.max(40, ...labels.map((l) => l.length * 5.2));
  // Column labels are rotated 45°: the last ones reach past the grid to the right.
  const width = left + n * CELL + 8 + Math.max(0, ...labels.map((l) => l.length * 5.2));
  const height = top + n * CELL + 8;

  const move = (row: number, col: number): void => {
    const r = Math.min(n - 1, Math.max(0, row));
    const c = Math.min(n - 1, Math.max(0, col));
    setActive([r, c]);
    ref.current?.querySelector<SVGGElement>(`[data-cell="${r}-${c}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, row: number, col: number): void => {
    const step: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const delta = step[event.key];
    if (delta !== undefined) {
      event.preventDefault();
      move(row + delta[0], col + delta[1]);
    } else if (event.key === 'Home') {
      event.preventDefault();
      move(row, 0);
    } else if (event.key === 'End') {
      event.preventDefault();
      move(row, n - 1);
    } else if ((event.key === 'Enter' || event.key === ' ') && row !== col) {
      event.preventDefault();
      const a = table.codes[row];
      const b = table.codes[col];
      if (a !== undefined && b !== undefined) onOpen(a.id, b.id);
    }
  };

  return (
    <svg
      ref={ref}
      className="network-heatmap"
      role="grid"
      aria-label={t('network.heatmap')}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <g role="row">
        <text role="columnheader" x={0} y={0} className="visually-hidden" />
        {labels.map((label, j) => (
          <text
            key={table.codes[j]?.id ?? j}
            role="columnheader"
            transform={`translate(${left + j * CELL + CELL / 2 + 4} ${top - 8}) rotate(-45)`}
            className="network-heatmap-label"
          >
            {label}
          </text>
        ))}
      </g>
      {table.codes.map((rowCode, i) => (
        <g role="row" key={rowCode.id}>
          <text
            role="rowheader"
            x={left - 8}
            y={top + i * CELL + CELL / 2 + 4}
            textAnchor="end"
            className="network-heatmap-label"
          >
            {labels[i]}
          </text>
          {table.codes.map((colCode, j) => {
            const v = values[i]?.[j] ?? 0;
            const colour =
              i === j ? { fill: '#e4e7eb', text: '#5b616b' } : heatFill(max > 0 ? v / max : 0);
            const isActive = active[0] === i && active[1] === j;
            const label = t('network.cell', {
              a: rowCode.path,
              b: colCode.path,
              value: i === j ? '—' : show(v),
            });
            return (
              <g
                key={colCode.id}
                role="gridcell"
                data-cell={`${i}-${j}`}
                tabIndex={isActive ? 0 : -1}
                aria-label={label}
                className={i === j ? 'network-cell network-cell-diagonal' : 'network-cell'}
                onFocus={() => {
                  setActive([i, j]);
                }}
                onKeyDown={(e) => {
                  onKeyDown(e, i, j);
                }}
                onClick={() => {
                  setActive([i, j]);
                  if (i !== j) onOpen(rowCode.id, colCode.id);
                }}
              >
                <title>{label}</title>
                <rect
                  x={left + j * CELL}
                  y={top + i * CELL}
                  width={CELL}
                  height={CELL}
                  fill={colour.fill}
                  stroke="#ffffff"
                />
                {i !== j && (
                  <text
                    x={left + j * CELL + CELL / 2}
                    y={top + i * CELL + CELL / 2 + 4}
                    textAnchor="middle"
                    fill={colour.text}
                  >
                    {show(v)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
