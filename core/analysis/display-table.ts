/**
 * A saved display flattened to a table, as reports and exports print it: the matrix builder and
 * the network view each turn their displays into one.
 */
export interface DisplayTable {
  title: string;
  /** The display kind and template, e.g. `matrix`, `case-ordered meta-matrix`, `network`. */
  kind: string;
  /** Header of the first (row label) column, then one per column. */
  columns: string[];
  rows: { label: string; cells: string[] }[];
  /** A picture of the display (networks, heatmaps, charts), when it has one. */
  svg?: string;
}
