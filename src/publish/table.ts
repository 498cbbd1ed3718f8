// A download as a plain table: the CSV and JSON writers both start from this.

export interface Table {
  header: string[];
  /** Cells as strings; empty string for "no value". */
  rows: string[][];
}
