import type { Ctx } from '../../context';
import { resolveColumns, resolveRows, type MatrixColumnAxis } from './matrix-axes';
import type { CellMode, MatrixConfig } from './matrix-config';
import { loadEntries, type MatrixEntry } from './matrix-entries';
import { attributeSortValues } from './attribute-sort-values';
import {
  orderRows,
  tertileBand,
  tertileCuts,
  thresholdBand,
  type Band,
  type SortValue,
} from './order-rows';
import { unionLength } from './union-length';

/** One cell: what the codings say, and the researcher's entry if one was written. */
export interface MatrixCell {
  codings: number;
  documents: number;
  /** Share of the row's characters coded with the column's codes (overlaps counted once), 0–1. */
  coverage: number;
  entry: MatrixEntry | null;
}

export interface MatrixRow {
  key: string;
  label: string;
  documentIds: string[];
  band: Band | null;
}

/** A computed matrix: rows in display order, columns, and cells[row][column]. */
export interface MatrixData {
  rows: MatrixRow[];
  columns: MatrixColumnAxis[];
  cells: MatrixCell[][];
}

/** Computes the cells of a matrix; with a display id, its saved entries fill the cells too. */
export function buildMatrix(ctx: Ctx, config: MatrixConfig, displayId: string | null): MatrixData {
  const axisRows = resolveRows(ctx, config);
  const columns = resolveColumns(ctx, config);
  const C = columns.length;
  const cells: MatrixCell[][] = axisRows.map(() =>
    columns.map(() => ({ codings: 0, documents: 0, coverage: 0, entry: null })),
  );
  const docRows = new Map<string, number[]>();
  axisRows.forEach((row, r) => {
    for (const id of row.documentIds) docRows.set(id, [...(docRows.get(id) ?? []), r]);
  });
  const codeColumns = new Map<string, number[]>();
  columns.forEach((column, c) => {
    for (const id of column.codeIds) codeColumns.set(id, [...(codeColumns.get(id) ?? []), c]);
  });
  countCodings(ctx, cells, docRows, codeColumns, C);
  if (config.cell === 'coverage') fillCoverage(ctx, cells, axisRows, docRows, codeColumns, C);
  if (displayId !== null) {
    const rowIndex = new Map(axisRows.map((row, r) => [row.key, r]));
    const columnIndex = new Map(columns.map((column, c) => [column.key, c]));
    for (const entry of loadEntries(ctx, displayId)) {
      const r = rowIndex.get(entry.rowKey);
      const c = columnIndex.get(entry.columnKey);
      const cell = r === undefined || c === undefined ? undefined : cells[r]?.[c];
      if (cell) cell.entry = entry;
    }
  }
  const values = sortValues(ctx, config, axisRows, columns, cells);
  const labels = axisRows.map((row) => row.label);
  const bands = partition(config, columns, cells);
  let order = orderRows(labels, values, config.order.direction);
  if (bands !== null) {
    const rank: Record<Band, number> = { high: 0, medium: 1, low: 2 };
    order = order
      .map((r, position) => ({ r, position }))
      .sort(
        (a, b) =>
          rank[bands[a.r] ?? 'medium'] - rank[bands[b.r] ?? 'medium'] || a.position - b.position,
      )
      .map(({ r }) => r);
  }
  return {
    rows: order.map((r) => ({
      ...(axisRows[r] as (typeof axisRows)[number]),
      band: bands === null ? null : (bands[r] ?? null),
    })),
    columns,
    cells: order.map((r) => cells[r] as MatrixCell[]),
  };
}

/** Codings and documents per cell, from the document × code counts in one grouped query. */
function countCodings(
  ctx: Ctx,
  cells: MatrixCell[][],
  docRows: Map<string, number[]>,
  codeColumns: Map<string, number[]>,
  C: number,
): void {
  const counts = ctx.db.$client
    .prepare('select document_id, code_id, count(*) from codings group by document_id, code_id')
    .raw(true)
    .all() as [string, string, number][];
  // The grouped rows come document by document, so "last document seen" counts each once.
  const lastDoc: (string | undefined)[] = [];
  for (const [documentId, codeId, count] of counts) {
    const rows = docRows.get(documentId);
    const cols = codeColumns.get(codeId);
    if (rows === undefined || cols === undefined) continue;
    for (const r of rows) {
      const line = cells[r] as MatrixCell[];
      for (const c of cols) {
        const cell = line[c] as MatrixCell;
        cell.codings += count;
        if (lastDoc[r * C + c] !== documentId) {
          lastDoc[r * C + c] = documentId;
          cell.documents += 1;
        }
      }
    }
  }
}

/** Coverage per cell: the union of coded ranges per document, over the row's characters. */
function fillCoverage(
  ctx: Ctx,
  cells: MatrixCell[][],
  axisRows: readonly { documentIds: string[] }[],
  docRows: Map<string, number[]>,
  codeColumns: Map<string, number[]>,
  C: number,
): void {
  const db = ctx.db.$client;
  const lengths = new Map(
    db.prepare('select id, length(text) from documents').raw(true).all() as [string, number][],
  );
  const docIndex = new Map([...docRows.keys()].map((id, i) => [id, i]));
  const codeIds = [...codeColumns.keys()];
  // Ranges per (document, column), keyed by document index × columns + column.
  const ranges = new Map<number, [number, number][]>();
  const all = db
    .prepare(
      `select c.document_id, c.code_id, s.start, s."end"
         from codings c join segments s on s.id = c.segment_id
        where c.code_id in (select value from json_each(?))`,
    )
    .raw(true)
    .all(JSON.stringify(codeIds)) as [string, string, number, number][];
  for (const [documentId, codeId, start, end] of all) {
    const d = docIndex.get(documentId);
    if (d === undefined) continue;
    for (const c of codeColumns.get(codeId) ?? []) {
      const key = d * C + c;
      const list = ranges.get(key);
      if (list) list.push([start, end]);
      else ranges.set(key, [[start, end]]);
    }
  }
  const covered = new Map<number, number>();
  for (const [key, list] of ranges) covered.set(key, unionLength(list));
  axisRows.forEach((row, r) => {
    const total = row.documentIds.reduce((sum, id) => sum + (lengths.get(id) ?? 0), 0);
    if (total === 0) return;
    for (let c = 0; c < C; c += 1) {
      let sum = 0;
      for (const id of row.documentIds) sum += covered.get((docIndex.get(id) ?? 0) * C + c) ?? 0;
      (cells[r]?.[c] as MatrixCell).coverage = sum / total;
    }
  });
}

/** The number a cell shows in a mode (entries show their rating). */
export function cellMeasure(cell: MatrixCell, mode: CellMode): number {
  switch (mode) {
    case 'documents':
      return cell.documents;
    case 'coverage':
      return cell.coverage;
    case 'entry':
      return cell.entry?.rating ?? 0;
    default:
      return cell.codings;
  }
}

function sortValues(
  ctx: Ctx,
  config: MatrixConfig,
  axisRows: readonly { key: string; label: string; documentIds: string[] }[],
  columns: readonly MatrixColumnAxis[],
  cells: MatrixCell[][],
): SortValue[] {
  const order = config.order;
  if (order.by === 'column') {
    const c = columns.findIndex((column) => column.key === order.columnKey);
    if (c < 0) return axisRows.map(() => null);
    return cells.map((line) => cellMeasure(line[c] as MatrixCell, config.cell));
  }
  if (order.by === 'attribute' && order.variableId !== undefined) {
    return attributeSortValues(ctx, order.variableId, axisRows);
  }
  if (config.rows.source === 'attribute') {
    return attributeSortValues(ctx, config.rows.variableId, axisRows);
  }
  return axisRows.map((row) => row.label);
}

function partition(
  config: MatrixConfig,
  columns: readonly MatrixColumnAxis[],
  cells: MatrixCell[][],
): Band[] | null {
  const spec = config.partition;
  if (spec === null) return null;
  const c = columns.findIndex((column) => column.key === spec.columnKey);
  if (c < 0) return null;
  const values = cells.map((line) => cellMeasure(line[c] as MatrixCell, config.cell));
  if (spec.method === 'thresholds') return values.map((v) => thresholdBand(v, spec));
  const cuts = tertileCuts(values);
  return values.map((v) => tertileBand(v, cuts));
}
