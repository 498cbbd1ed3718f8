// One row of the office's file as read, spreadsheet or CSV: the shape the snapshot import normalises.

/** A spreadsheet cell as read from .xlsx, or a CSV field. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface SourceRow {
  /** Line (CSV) or row number (spreadsheet) in the office's file, for messages. */
  line: number;
  cells: Cell[];
}
