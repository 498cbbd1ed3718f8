// The office's export (CSV text or spreadsheet cells) → the canonical snapshot CSV that the loader reads.
// Only spelling is normalised here (headers, status labels, date formats); the loader validates.
import { columnResolver, describeColumn } from '../data/columns.ts';
import { parseCsv } from '../data/parseCsv.ts';
import { excelSerialToIso, parseDate } from '../data/parseDate.ts';
import { snapshotColumns } from '../data/parseSnapshot.ts';
import { parseStatus } from '../data/parseStatus.ts';
import type { Milestone } from '../data/types.ts';
import { writeCsv } from './writeCsv.ts';

/** A spreadsheet cell as read from .xlsx, or a CSV field. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface SourceRow {
  /** Line (CSV) or row number (spreadsheet) in the office's file, for messages. */
  line: number;
  cells: Cell[];
}

export type ImportResult =
  | {
      ok: true;
      /** Canonical CSV: UTF-8 without BOM, LF, header building_id,status,<milestones>,note. */
      csv: string;
      rows: number;
      /** Output line (1-based, index = line) → line in the office's file; [0] and [1] are the header. */
      sourceLines: number[];
    }
  | { ok: false; problems: string[] };

const pad = (n: number): string => String(n).padStart(2, '0');

/** Spreadsheet date cell → ISO. Excel dates carry no zone; the reader returns them at UTC midnight. */
function isoOfDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoOfDate(cell);
  return String(cell).trim();
}

/** A date cell in canonical form; anything unparseable is kept as typed, for the loader to report. */
function dateCell(cell: Cell, key: string): string {
  if (cell instanceof Date) return isoOfDate(cell);
  // A typed number in a date column of an .xlsx is a date serial whose date format was lost.
  if (typeof cell === 'number' && cell > 20000 && cell < 80000) return excelSerialToIso(cell);
  const raw = text(cell);
  if (raw === '') return '';
  const parsed = parseDate(raw, key);
  return parsed.ok ? parsed.value : raw;
}

/** Normalises the office's table; fails only when the columns cannot be matched. */
export function normaliseSnapshot(
  rows: readonly SourceRow[],
  milestones: readonly Milestone[],
): ImportResult {
  const isBlank = (row: SourceRow): boolean => row.cells.every((c) => text(c) === '');
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  const headerRow = rows[headerIndex];
  if (!headerRow) return { ok: false, problems: ['文件是空的：第一行应是表头（building_id,status,…）'] };

  const specs = snapshotColumns(milestones);
  const resolve = columnResolver(specs);
  const positions = new Map<string, number>();
  const problems: string[] = [];
  headerRow.cells.forEach((cell, i) => {
    const name = text(cell);
    if (name === '') {
      // A blank header over an empty column is Excel residue; over data it is a mistake.
      if (rows.slice(headerIndex + 1).some((row) => text(row.cells[i]) !== '')) {
        problems.push(`第${headerRow.line}行第${i + 1}列：表头为空，但下面有数据：请填写列名`);
      }
      return;
    }
    const spec = resolve(name);
    if (!spec) {
      problems.push(
        `第${headerRow.line}行第${i + 1}列：未知的列“${name}”：可用的列有 ${specs.map(describeColumn).join('、')}`,
      );
    } else if (positions.has(spec.key)) {
      problems.push(
        `第${headerRow.line}行第${i + 1}列：列“${name}”重复（${describeColumn(spec)} 已在前面出现）`,
      );
    } else {
      positions.set(spec.key, i);
    }
  });
  for (const spec of specs) {
    if (spec.required && !positions.has(spec.key)) problems.push(`缺少列 ${describeColumn(spec)}`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const at = (row: SourceRow, key: string): Cell => {
    const i = positions.get(key);
    return i === undefined ? undefined : row.cells[i];
  };
  const header = specs.map((s) => s.key);
  const records: string[][] = [];
  const sourceLines = [headerRow.line, headerRow.line];
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlank(row)) continue;
    const status = text(at(row, 'status'));
    const parsedStatus = parseStatus(status);
    const cells = [
      text(at(row, 'building_id')),
      parsedStatus.ok ? parsedStatus.value : status,
      ...milestones.map((m) => dateCell(at(row, m.key), m.key)),
      text(at(row, 'note')).replace(/\r\n?/g, '\n'),
    ];
    records.push(cells);
    // A quoted note with line breaks spans several output lines; map each to the same source row.
    const span = cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 1);
    for (let k = 0; k < span; k++) sourceLines.push(row.line);
  }
  return { ok: true, csv: writeCsv(header, records), rows: records.length, sourceLines };
}

/** CSV text (already decoded) → source rows with physical line numbers, or the structural problems. */
export function csvRows(decoded: string, file: string): { rows: SourceRow[]; problems: string[] } {
  const { table, problems } = parseCsv(decoded, file);
  // Ragged rows or a wrong delimiter would be papered over by normalising: stop at them.
  const errors = problems.filter((p) => p.severity === 'error');
  if (!table || errors.length > 0) {
    return { rows: [], problems: errors.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`) };
  }
  return {
    rows: [table.header, ...table.rows].map((r) => ({ line: r.line, cells: r.fields })),
    problems: [],
  };
}
