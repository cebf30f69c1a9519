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
import { matrixTable } from './matrix-table';
import { tableToSvg } from './matrix-svg';

export type MatrixExportFormat = 'csv' | 'xlsx' | 'docx' | 'svg';

/** A saved matrix as a file: CSV and XLSX grids, a DOCX table, or an SVG picture. */
export async function exportMatrix(
  ctx: Ctx,
  displayId: string,
  format: MatrixExportFormat,
): Promise<ExportedFile> {
  const table = matrixTable(ctx, displayId);
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
