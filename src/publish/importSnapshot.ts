// The office's export (CSV text or spreadsheet cells) → the canonical snapshot CSV that the loader reads.
// Only spelling is normalised here (headers, status labels, date formats); the loader validates.
import { column, columnResolver, describeColumn } from '../data/columns.ts';
import { parseCsv } from '../data/parseCsv.ts';
import { excelSerialToIso, parseDate } from '../data/parseDate.ts';
import { snapshotColumns } from '../data/parseSnapshot.ts';
import { parseStatus } from '../data/parseStatus.ts';
import type { Milestone } from '../data/types.ts';
import type { Cell, SourceRow } from '../workbook/sourceRow.ts';
import { writeCsv } from './writeCsv.ts';

// Rows as read from .xlsx cells or CSV fields (the workbook reader below this layer makes them).
export type { Cell, SourceRow };

/** A problem the import itself finds in one cell (the loader finds the rest). */
export interface CellProblem {
  /** Row (line) in the office's file. */
  line: number;
  /** 0-based column in the office's file. */
  index: number;
  key: string;
  message: string;
}

export interface NormaliseOptions {
  /** Names a header cell in messages; default `第1行第2列`. */
  place?: (line: number, index: number) => string;
  /** The workbook counts days from 1904 (old Mac Excel); only matters for bare numbers. */
  date1904?: boolean;
  /** The programme's noun: the id column is also headed `${noun}编号`, as the template writes it. */
  noun?: string;
}

export type ImportResult =
  | {
      ok: true;
      /** Column key → 0-based column in the office's file. */
      columns: ReadonlyMap<string, number>;
      /** Source row → the building_id typed in it. */
      ids: ReadonlyMap<number, string>;
      /** Cells refused by the import; the canonical CSV keeps them as typed. */
      cellProblems: CellProblem[];
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
  const raw = text(cell);
  if (raw === '') return '';
  const parsed = parseDate(raw, key);
  return parsed.ok ? parsed.value : raw;
}

// The template shows these beside the id so the clerk can find a building; the id alone is imported.
const REFERENCE_COLUMNS = [
  column('address', false),
  { key: 'community', aliases: ['社区', '社区名称'], required: false },
];

// Headers are quoted back in messages; an unexpected one may be anything, so only a short excerpt.
const excerpt = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

const defaultPlace = (line: number, index: number): string => `第${line}行第${index + 1}列`;

/** A bare number in a date column is a date whose format was lost, or a typo: refused, as in CSV. */
function bareNumber(value: number, label: string, date1904: boolean): string {
  const serial = Math.floor(value);
  const meant = serial >= 1 && serial < 2_958_466 ? excelSerialToIso(serial, date1904) : undefined;
  const hint = meant ? `按本工作簿的日期系统，它代表 ${meant}` : '它不代表任何日期';
  return `${label}填的是数字 ${value}，不是日期（${hint}）：请把这个单元格设为“日期”格式，或直接填写 ${meant ?? '2025-09-03'} 这样的日期`;
}

/** Normalises the office's table; fails only when the columns cannot be matched. */
export function normaliseSnapshot(
  rows: readonly SourceRow[],
  milestones: readonly Milestone[],
  options: NormaliseOptions = {},
): ImportResult {
  const place = options.place ?? defaultPlace;
  const isBlank = (row: SourceRow): boolean => row.cells.every((c) => text(c) === '');
  const headerIndex = rows.findIndex((row) => !isBlank(row));
  const headerRow = rows[headerIndex];
  if (!headerRow) return { ok: false, problems: ['文件是空的：第一行应是表头（building_id,status,…）'] };

  const specs = snapshotColumns(milestones, options.noun);
  const resolve = columnResolver([...specs, ...REFERENCE_COLUMNS]);
  const positions = new Map<string, number>();
  const problems: string[] = [];
  headerRow.cells.forEach((cell, i) => {
    const name = text(cell);
    if (name === '') {
      // A blank header over an empty column is Excel residue; over data it is a mistake.
      if (rows.slice(headerIndex + 1).some((row) => text(row.cells[i]) !== '')) {
        problems.push(`${place(headerRow.line, i)}：表头为空，但下面有数据：请填写列名`);
      }
      return;
    }
    const spec = resolve(name);
    if (!spec) {
      problems.push(
        `${place(headerRow.line, i)}：未知的列“${excerpt(name)}”：可用的列有 ${specs.map(describeColumn).join('、')}`,
      );
    } else if (positions.has(spec.key)) {
      problems.push(
        `${place(headerRow.line, i)}：列“${excerpt(name)}”重复（${describeColumn(spec)} 已在前面出现）`,
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
  const ids = new Map<number, string>();
  const cellProblems: CellProblem[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlank(row)) continue;
    const status = text(at(row, 'status'));
    const parsedStatus = parseStatus(status);
    const id = text(at(row, 'building_id'));
    ids.set(row.line, id);
    const date = (m: Milestone): string => {
      const cell = at(row, m.key);
      if (typeof cell === 'number') {
        const index = positions.get(m.key) ?? 0;
        cellProblems.push({
          line: row.line,
          index,
          key: m.key,
          message: bareNumber(cell, m.label, options.date1904 === true),
        });
        return String(cell);
      }
      return dateCell(cell, m.key);
    };
    const cells = [
      id,
      parsedStatus.ok ? parsedStatus.value : status,
      ...milestones.map(date),
      text(at(row, 'note')).replace(/\r\n?/g, '\n'),
    ];
    records.push(cells);
    // A quoted note with line breaks spans several output lines; map each to the same source row.
    const span = cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 1);
    for (let k = 0; k < span; k++) sourceLines.push(row.line);
  }
  return {
    ok: true,
    csv: writeCsv(header, records),
    rows: records.length,
    sourceLines,
    columns: positions,
    ids,
    cellProblems,
  };
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
