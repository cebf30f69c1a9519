// Calls of the displays feature, merged into the one contract in ../contract.ts.
import { z } from 'zod';
import { id, out } from '../contract-kit';
import type { ExportedFile } from '../exported-file';
import type { DisplayTable } from '../../analysis/display-table';
import type { MatrixData } from '../../analysis/matrix/build-matrix';
import type { CellExcerpt } from '../../analysis/matrix/cell-excerpts';
import type { CodeGroup } from '../../analysis/matrix/code-groups';
import type { DisplayListItem, MatrixDisplay } from '../../analysis/matrix/display-rows';
import { matrixConfig, matrixTemplates } from '../../analysis/matrix/matrix-config';
import type { MatrixEntry } from '../../analysis/matrix/matrix-entries';

const rowKey = z.string().min(1).max(1000);
const columnKey = z.string().min(1).max(1000);

export const displaysContract = {
  /** Saved displays (matrices, networks, charts), most recently changed first. */
  'displays.list': {
    input: z.object({ kind: z.enum(['matrix', 'network', 'cooccurrence', 'chart']).optional() }),
    output: out<DisplayListItem[]>(),
  },
  /**
   * Saves a new matrix: from `config`, or arranged as a named template (checklist, conceptually
   * clustered, case-ordered meta-matrix, time-ordered, role-ordered) ordered by `variableId`.
   */
  'displays.createMatrix': {
    input: z.object({
      name: z.string().trim().min(1).max(200),
      template: z.enum(matrixTemplates).nullable().default(null),
      config: matrixConfig.optional(),
      variableId: id.optional(),
    }),
    output: out<MatrixDisplay>(),
  },
  /** A matrix display with its cells computed: rows in display order, columns, cells[row][col]. */
  'displays.getMatrix': {
    input: z.object({ id }),
    output: out<{ display: MatrixDisplay; data: MatrixData }>(),
  },
  /** Renames a matrix or replaces its configuration; entries keep their row and column keys. */
  'displays.updateMatrix': {
    input: z.object({
      id,
      name: z.string().trim().min(1).max(200).optional(),
      config: matrixConfig.optional(),
    }),
    output: out<MatrixDisplay>(),
  },
  /** Deletes a display and its entries (undoable). */
  'displays.delete': { input: z.object({ id }), output: z.null() },
  /** The excerpts behind one matrix cell, with document, page and offsets. */
  'displays.cellExcerpts': {
    input: z.object({ id, rowKey, columnKey }),
    output: out<CellExcerpt[]>(),
  },
  /** Writes (or with everything empty, clears) a researcher's entry in a matrix cell. */
  'displays.setEntry': {
    input: z.object({
      id,
      rowKey,
      columnKey,
      text: z.string().max(20_000).default(''),
      rating: z.number().int().min(-100).max(100).nullable().default(null),
      symbol: z.string().max(8).nullable().default(null),
      segmentIds: z.array(id).max(1000).default([]),
    }),
    output: out<MatrixEntry | null>(),
  },
  /**
   * A matrix as a file: CSV, XLSX, a DOCX table or an SVG picture; band labels, row header and
   * template name in `language` (the UI's).
   */
  'displays.exportMatrix': {
    input: z.object({
      id,
      format: z.enum(['csv', 'xlsx', 'docx', 'svg']),
      language: z.enum(['en', 'id']).default('en'),
    }),
    output: out<ExportedFile>(),
  },
  /** A matrix flattened to a table, as reports print it. */
  'displays.matrixTable': { input: z.object({ id }), output: out<DisplayTable>() },
  /** Code groups (sets of codes) a matrix column can stand for. */
  'displays.codeGroups': { input: z.object({}), output: out<CodeGroup[]>() },
} as const;
