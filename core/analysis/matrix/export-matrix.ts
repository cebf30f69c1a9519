import {
  Document,
  HeadingLevel,
  type IRunOptions,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Ctx } from '../../context';
import { toExportedFile, type ExportedFile } from '../../exchange/exported-file';
import { writeXlsx } from '../../exchange/office/write-xlsx';
import { toCsv } from '../../exchange/to-csv';
import type { DisplayTable } from '../display-table';
import { buildMatrix, type MatrixData } from './build-matrix';
import { getMatrixDisplay, type MatrixDisplay } from './display-rows';
import type { MatrixTemplate } from './matrix-config';
import { toDisplayTable } from './matrix-table';
import { tableToSvg } from './matrix-svg';

export type MatrixExportFormat = 'csv' | 'xlsx' | 'docx' | 'svg';

/** The language of an export's own words: band labels, the row header, the template name. */
export type MatrixExportLanguage = 'en' | 'id';

interface MatrixExportLabels {
  band: string;
  high: string;
  medium: string;
  low: string;
  documents: string;
  cases: string;
  matrix: string;
  templates: Record<MatrixTemplate, string>;
}

const LABELS: Record<MatrixExportLanguage, MatrixExportLabels> = {
  en: {
    band: 'Band',
    high: 'High',
    medium: 'Medium',
    low: 'Low',
    documents: 'Document',
    cases: 'Case',
    matrix: 'Matrix',
    templates: {
      checklist: 'Checklist matrix',
      'conceptually-clustered': 'Conceptually clustered matrix',
      'case-ordered': 'Case-ordered descriptive meta-matrix',
      'time-ordered': 'Time-ordered matrix',
      'role-ordered': 'Role-ordered matrix',
    },
  },
  id: {
    band: 'Tingkat',
    high: 'Tinggi',
    medium: 'Sedang',
    low: 'Rendah',
    documents: 'Dokumen',
    cases: 'Kasus',
    matrix: 'Matriks',
    templates: {
      checklist: 'Matriks daftar periksa',
      'conceptually-clustered': 'Matriks berkelompok konseptual',
      'case-ordered': 'Meta-matriks deskriptif berurut kasus',
      'time-ordered': 'Matriks berurut waktu',
      'role-ordered': 'Matriks berurut peran',
    },
  },
};

/**
 * A saved matrix as a file: CSV and XLSX grids, a DOCX table, or an SVG picture, with its band
 * labels (high / medium / low), row header and template name in the given language.
 */
export async function exportMatrix(
  ctx: Ctx,
  displayId: string,
  format: MatrixExportFormat,
  language: MatrixExportLanguage = 'en',
): Promise<ExportedFile> {
  const table = localizedMatrixTable(ctx, displayId, language);
  const grid = [table.columns, ...table.rows.map((row) => [row.label, ...row.cells])];
  switch (format) {
    case 'csv':
      return toExportedFile(toCsv(table.columns, grid.slice(1).map(numbersIn)), table.title, 'csv');
    case 'xlsx':
      return toExportedFile(
        writeXlsx([
          {
            name: table.title.slice(0, 31),
            rows: [table.columns, ...grid.slice(1).map(numbersIn)],
            widths: table.columns.map((_, i) => (i === 0 ? 36 : 22)),
          },
        ]),
        table.title,
        'xlsx',
      );
    case 'docx':
      return toExportedFile(
        new Uint8Array(await Packer.toBuffer(docxOf(table))),
        table.title,
        'docx',
      );
    case 'svg':
      return toExportedFile(tableToSvg(table), table.title, 'svg');
  }
}

/** A saved matrix as a table (like `matrixTable`) with its own words in `language`. */
export function localizedMatrixTable(
  ctx: Ctx,
  displayId: string,
  language: MatrixExportLanguage,
): DisplayTable {
  const display = getMatrixDisplay(ctx, displayId);
  const data = buildMatrix(ctx, display.config, display.id);
  return localizeMatrixTable(toDisplayTable(ctx, display, data), display, data, language);
}

/** The matrix's table with the export's own words in `language`; the researcher's words stay. */
export function localizeMatrixTable(
  table: DisplayTable,
  display: MatrixDisplay,
  data: MatrixData,
  language: MatrixExportLanguage,
): DisplayTable {
  const labels = LABELS[language];
  const banded = data.rows.some((row) => row.band !== null);
  const source = display.config.rows.source;
  const [rowHeader = '', ...rest] = table.columns;
  const templates: Partial<Record<string, string>> = labels.templates;
  return {
    ...table,
    kind: templates[display.template ?? ''] ?? labels.matrix,
    columns: [
      source === 'documents' || source === 'cases' ? labels[source] : rowHeader,
      ...(banded ? [labels.band, ...rest.slice(1)] : rest),
    ],
    rows: table.rows.map((row, r) => {
      const band = data.rows[r]?.band ?? null;
      return banded
        ? { ...row, cells: [band === null ? '' : labels[band], ...row.cells.slice(1)] }
        : row;
    }),
  };
}

/** Counts as numbers, so a spreadsheet can sum and sort them. */
function numbersIn(cells: string[]): (string | number)[] {
  return cells.map((cell, i) => (i > 0 && /^-?\d+(\.\d+)?$/u.test(cell) ? Number(cell) : cell));
}

const STRONG: Pick<IRunOptions, 'bold'> = { bold: true };

/** The matrix as a Word table on a landscape page, header row repeated on every page. */
function docxOf(table: DisplayTable): Document {
  const cell = (text: string, strong = false): TableCell =>
    new TableCell({
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            children: [new TextRun({ text: line, size: 18, ...(strong ? STRONG : {}) })],
          }),
      ),
    });
  const rows = [
    new TableRow({ tableHeader: true, children: table.columns.map((c) => cell(c, true)) }),
    ...table.rows.map(
      (row) =>
        new TableRow({ children: [cell(row.label, true), ...row.cells.map((c) => cell(c))] }),
    ),
  ];
  return new Document({
    creator: 'Telaah',
    title: table.title,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: table.title }),
          new Paragraph({ text: table.kind }),
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
}
