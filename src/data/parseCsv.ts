// CSV → rows with physical line numbers, plus the structural problems Excel exports tend to have.
import { CsvError, parse } from 'csv-parse/sync';
import { error, type Position } from './problem.ts';
import type { Problem } from './types.ts';

export interface CsvRow {
  /** 1-based physical line where the record starts (quoted fields may span lines). */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: CsvRow;
  /** Data rows with as many fields as the header; blank lines and all-empty rows left out. */
  rows: CsvRow[];
  /** Rows with too many or too few fields (already reported). */
  ragged: CsvRow[];
}

export interface CsvResult {
  table?: CsvTable;
  problems: Problem[];
}

const OTHER_DELIMITERS: ReadonlyArray<[string, string]> = [
  [';', '分号 ;'],
  ['\t', '制表符 (Tab)'],
  ['，', '中文逗号 ，'],
  ['|', '竖线 |'],
];

/** The delimiter a one-field line seems to use instead of commas. */
function wrongDelimiter(field: string): string | undefined {
  return OTHER_DELIMITERS.find(([d]) => field.includes(d))?.[1];
}

interface RawRecord {
  record: string[];
  info: { lines: number };
}

/** Where the quote that never closes was opened, found by a small quote-aware scan. */
function unclosedQuoteAt(text: string): Position {
  let line = 1;
  let field = 1;
  let inQuote = false;
  let atFieldStart = true;
  let opened: Position = { line: 1, column: 1 };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inQuote) {
      if (ch === '"') {
        if (text[i + 1] === '"') i += 1;
        else inQuote = false;
      } else if (ch === '\n') line += 1;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuote = true;
      opened = { line, column: field };
    }
    atFieldStart = ch === ',' || ch === '\n';
    if (ch === ',') field += 1;
    if (ch === '\n') {
      line += 1;
      field = 1;
    }
  }
  return opened;
}

function csvErrorProblem(file: string, text: string, e: CsvError): Problem {
  const lines = (e as CsvError & { lines?: number }).lines ?? 1;
  const column = ((e as CsvError & { column?: number }).column ?? 0) + 1;
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return error(file, unclosedQuoteAt(text), 'csv.unclosed_quote', '引号没有闭合：请在该字段末尾补上 "，或删除多余的引号');
    case 'CSV_INVALID_CLOSING_QUOTE':
      return error(file, { line: lines, column }, 'csv.invalid_quote', '引号后面紧跟了其他字符：字段内的引号要写成两个 ""，或把整个字段放在引号里');
    case 'INVALID_OPENING_QUOTE':
      return error(file, { line: lines, column }, 'csv.invalid_quote', '字段中间出现了引号：字段内的引号要写成两个 ""，并把整个字段放在引号里');
    default:
      return error(file, { line: lines, column }, 'csv.syntax', `CSV 无法解析 (${e.code})：${e.message}`);
  }
}

/** Every record, blank ones too, with the line it starts on. */
function quotedRecords(text: string): CsvRow[] {
  const records = parse(text, {
    info: true,
    relax_column_count: true,
    // Not skip_empty_lines: csv-parse then stops counting those lines. Blank rows are dropped below.
  }) as unknown as RawRecord[];
  // info.lines is where a record ends, so the next one starts on the line after.
  let end = 0;
  return records.map((r) => {
    const row = { line: end + 1, fields: r.record };
    end = r.info.lines;
    return row;
  });
}

/**
 * The same records for text without quotes (Excel quotes only fields that need it, so most files
 * have none): one record per line, fields split on commas, as csv-parse reads it, several times faster.
 */
export function plainRecords(text: string): CsvRow[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l, i) => ({ line: i + 1, fields: l.split(',') }));
}

/**
 * Parses CSV text (already decoded, `\n` line endings). The first non-blank record is the header.
 * Reports wrong delimiters and ragged rows; ragged rows are left out of `rows`.
 */
export function parseCsv(text: string, file: string): CsvResult {
  let records: CsvRow[];
  try {
    records = text.includes('"') || text.includes('\r') ? quotedRecords(text) : plainRecords(text);
  } catch (e) {
    if (e instanceof CsvError) return { problems: [csvErrorProblem(file, text, e)] };
    throw e;
  }
  // Blank lines, and the rows of bare commas Excel leaves below the data.
  const rows = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const [header, ...data] = rows;
  if (!header) {
    return { problems: [error(file, { line: 1, column: 1 }, 'csv.empty', '文件是空的：第一行应是表头（列名）')] };
  }
  const problems: Problem[] = [];
  if (header.fields.length === 1) {
    const delimiter = wrongDelimiter(header.fields[0] ?? '');
    if (delimiter) {
      problems.push(
        error(file, { line: header.line, column: 1 }, 'csv.wrong_delimiter', `整行都在一列里，分隔符似乎是${delimiter}：请用英文逗号 , 分隔（Excel 中“另存为 CSV UTF-8”）`),
      );
      return { problems };
    }
  }
  const width = header.fields.length;
  const good: CsvRow[] = [];
  const ragged: CsvRow[] = [];
  for (const row of data) {
    const n = row.fields.length;
    if (n === width) {
      good.push(row);
      continue;
    }
    ragged.push(row);
    const delimiter = n === 1 ? wrongDelimiter(row.fields[0] ?? '') : undefined;
    if (delimiter) {
      problems.push(error(file, { line: row.line, column: 1 }, 'csv.wrong_delimiter', `整行都在一列里，分隔符似乎是${delimiter}：请用英文逗号 , 分隔`));
    } else if (n > width) {
      problems.push(
        error(file, { line: row.line, column: width + 1 }, 'csv.ragged_row', `这一行有 ${n} 个字段，表头只有 ${width} 列：请删除多余的字段；含逗号的内容要放在英文引号 "" 里`),
      );
    } else {
      problems.push(
        error(file, { line: row.line, column: n + 1 }, 'csv.ragged_row', `这一行只有 ${n} 个字段，表头有 ${width} 列：请补齐缺少的字段（空值也要保留逗号）`),
      );
    }
  }
  return { table: { header, rows: good, ragged }, problems };
}
