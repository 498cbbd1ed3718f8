// Published downloads read back as tables, so a new build can be compared with them cell by cell.
import { parse } from 'csv-parse/sync';
import type { Table } from './table.ts';

/** A JSON download (`{ columns, rows: [{column: value|null}] }`) as a table; null becomes ''. */
export function tableFromJson(text: string, path: string): Table {
  const doc = JSON.parse(text) as { columns?: unknown; rows?: unknown };
  if (!Array.isArray(doc.columns) || !Array.isArray(doc.rows)) {
    throw new Error(`${path}: 不是 Gongshi 的数据文件（缺少 columns 或 rows）`);
  }
  const header = doc.columns.map(String);
  const rows = (doc.rows as Record<string, unknown>[]).map((row) =>
    header.map((column) => {
      const value = row[column];
      return value === null || value === undefined ? '' : String(value);
    }),
  );
  return { header, rows };
}

/** A CSV download (UTF-8 with BOM, CRLF) as a table. */
export function tableFromCsv(text: string): Table {
  const [header = [], ...rows] = parse(text, { bom: true, relax_column_count: true }) as string[][];
  return { header, rows };
}

/** Rows of `table` by the key its `keyColumns` make, each as column → value. */
export function rowsByKey(table: Table, keyColumns: readonly string[]): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  for (const cells of table.rows) {
    const row = new Map(table.header.map((column, i) => [column, cells[i] ?? '']));
    result.set(keyColumns.map((k) => row.get(k) ?? '').join('|'), row);
  }
  return result;
}
