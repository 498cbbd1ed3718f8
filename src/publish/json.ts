// JSON downloads: the same table as an array of objects, empty cells as null.
import type { Table } from './table.ts';

/** Extra top-level fields written before `rows`, e.g. `{ month: '2025-09' }`. */
export type JsonMeta = Record<string, string | number | boolean>;

/** A table as pretty JSON with a trailing newline; empty cells become null. */
export function toJson(table: Table, meta: JsonMeta = {}): string {
  const rows = table.rows.map((cells) =>
    Object.fromEntries(table.header.map((key, i) => [key, cellValue(cells[i] ?? '')])),
  );
  return `${JSON.stringify({ ...meta, columns: table.header, rows }, null, 2)}\n`;
}

function cellValue(cell: string): string | null {
  return cell === '' ? null : cell;
}
