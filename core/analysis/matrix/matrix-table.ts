import type { Ctx } from '../../context';
import type { DisplayTable } from '../display-table';
import { buildMatrix, type MatrixCell, type MatrixData } from './build-matrix';
import { excerptsOf } from './cell-excerpts';
import { getMatrixDisplay, type MatrixDisplay } from './display-rows';
import type { CellMode } from './matrix-config';
import { TEMPLATE_NAMES } from './matrix-templates';
import { matrixTemplates, type MatrixTemplate } from './matrix-config';

/** How many excerpts an excerpts cell prints before saying how many more there are. */
const EXCERPTS_PER_CELL = 5;

/** A saved matrix display as a table of its cells (counts or researcher entries). */
export function matrixTable(ctx: Ctx, displayId: string): DisplayTable {
  const display = getMatrixDisplay(ctx, displayId);
  return toDisplayTable(ctx, display, buildMatrix(ctx, display.config, display.id));
}

/** The table of a computed matrix: a row-header column, a band column when partitioned. */
export function toDisplayTable(ctx: Ctx, display: MatrixDisplay, data: MatrixData): DisplayTable {
  const mode = display.config.cell;
  const banded = data.rows.some((row) => row.band !== null);
  const template = (matrixTemplates as readonly string[]).includes(display.template ?? '')
    ? TEMPLATE_NAMES[display.template as MatrixTemplate]
    : 'matrix';
  return {
    title: display.name,
    kind: template,
    columns: [
      rowHeader(ctx, display),
      ...(banded ? ['band'] : []),
      ...data.columns.map((c) => (c.cluster === null ? c.label : `${c.cluster}: ${c.label}`)),
    ],
    rows: data.rows.map((row, r) => ({
      label: row.label === '' ? '—' : row.label,
      cells: [
        ...(banded ? [row.band ?? ''] : []),
        ...data.columns.map((column, c) => {
          const cell = data.cells[r]?.[c] as MatrixCell;
          return mode === 'excerpts'
            ? excerptsText(ctx, row.documentIds, column.codeIds)
            : cellText(cell, mode);
        }),
      ],
    })),
  };
}

/** A cell as text: a count, a percentage, or the entry's symbol, rating and text. */
export function cellText(cell: MatrixCell, mode: CellMode): string {
  switch (mode) {
    case 'coverage':
      return `${(cell.coverage * 100).toFixed(1)}%`;
    case 'documents':
      return String(cell.documents);
    case 'entry':
      return entryText(cell);
    default:
      return String(cell.codings);
  }
}

function entryText(cell: MatrixCell): string {
  const entry = cell.entry;
  if (entry === null) return '';
  return [entry.symbol, entry.rating === null ? null : String(entry.rating), entry.text]
    .filter((part) => part !== null && part !== '')
    .join(' ');
}

function excerptsText(ctx: Ctx, documentIds: string[], codeIds: string[]): string {
  const excerpts = excerptsOf(ctx, documentIds, codeIds);
  const shown = excerpts
    .slice(0, EXCERPTS_PER_CELL)
    .map((e) => `“${e.quote}” (${e.documentTitle})`);
  if (excerpts.length > EXCERPTS_PER_CELL) shown.push(`+${excerpts.length - EXCERPTS_PER_CELL}`);
  return shown.join('\n');
}

function rowHeader(ctx: Ctx, display: MatrixDisplay): string {
  const rows = display.config.rows;
  if (rows.source === 'documents') return 'Document';
  if (rows.source === 'cases') return 'Case';
  const name = ctx.db.$client
    .prepare('select name from variables where id = ?')
    .pluck()
    .get(rows.variableId) as string | undefined;
  return name ?? 'Value';
}
