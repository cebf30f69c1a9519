import { z } from 'zod';

/**
 * The saved shape of a matrix display, stored as JSON in `displays.config`:
 *
 * ```
 * {
 *   rows: { source: 'documents' | 'cases' }
 *       | { source: 'attribute', variableId, bin: 'none' | 'year' },   // documents (or cases) grouped by a value
 *   columns: [{ kind: 'code', codeId, cluster? } | { kind: 'group', setId, cluster? }],
 *   includeSubcodes: true,           // a code column also counts its sub-codes
 *   cell: 'codings' | 'documents' | 'coverage' | 'excerpts' | 'entry',
 *   order: { by: 'label' | 'attribute' | 'column', variableId?, columnKey?, direction: 'asc' | 'desc' },
 *   partition: null | { columnKey, method: 'tertiles' } | { columnKey, method: 'thresholds', high, low },
 * }
 * ```
 *
 * Row keys are `doc:<id>`, `case:<id>` or `value:<text>`; column keys `code:<id>` or
 * `group:<setId>`. Researcher entries are saved against these keys, so they survive reordering.
 */
export const matrixRows = z.discriminatedUnion('source', [
  z.object({ source: z.literal('documents') }),
  z.object({ source: z.literal('cases') }),
  z.object({
    source: z.literal('attribute'),
    variableId: z.string().min(1),
    /** Dates and numbers that look like years can be grouped by year. */
    bin: z.enum(['none', 'year']).default('none'),
  }),
]);

export const matrixColumn = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('code'),
    codeId: z.string().min(1),
    cluster: z.string().max(200).optional(),
  }),
  z.object({
    kind: z.literal('group'),
    setId: z.string().min(1),
    cluster: z.string().max(200).optional(),
  }),
]);

export const cellModes = ['codings', 'documents', 'coverage', 'excerpts', 'entry'] as const;

export const matrixOrder = z.object({
  by: z.enum(['label', 'attribute', 'column']),
  variableId: z.string().min(1).optional(),
  columnKey: z.string().min(1).optional(),
  direction: z.enum(['asc', 'desc']).default('asc'),
});

export const matrixPartition = z.discriminatedUnion('method', [
  z.object({ method: z.literal('tertiles'), columnKey: z.string().min(1) }),
  z.object({
    method: z.literal('thresholds'),
    columnKey: z.string().min(1),
    /** Rows at or above `high` are high, below `low` are low, others medium. */
    high: z.number(),
    low: z.number(),
  }),
]);

export const matrixConfig = z.object({
  rows: matrixRows,
  columns: z.array(matrixColumn).max(500),
  includeSubcodes: z.boolean().default(true),
  cell: z.enum(cellModes).default('codings'),
  order: matrixOrder.default({ by: 'label', direction: 'asc' }),
  partition: matrixPartition.nullable().default(null),
});

export type MatrixConfig = z.infer<typeof matrixConfig>;
export type MatrixConfigInput = z.input<typeof matrixConfig>;
export type MatrixColumnConfig = z.infer<typeof matrixColumn>;
export type CellMode = (typeof cellModes)[number];

/** The key a column's cells and entries are saved under. */
export function columnKey(column: MatrixColumnConfig): string {
  return column.kind === 'code' ? `code:${column.codeId}` : `group:${column.setId}`;
}

/** The names of the Miles & Huberman displays a matrix can start from. */
export const matrixTemplates = [
  'checklist',
  'conceptually-clustered',
  'case-ordered',
  'time-ordered',
  'role-ordered',
] as const;
export type MatrixTemplate = (typeof matrixTemplates)[number];
