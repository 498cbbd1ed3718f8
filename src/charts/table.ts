// The plain-data table every chart carries beside its SVG, with the same numbers.

export interface TableRow {
  cells: string[];
  /** Link for the first cell, e.g. a community or building page. */
  href?: string | undefined;
}

export interface TableModel {
  caption: string;
  head: string[];
  rows: TableRow[];
  /** Columns (by index) holding numbers: right-aligned. */
  numeric: number[];
}
