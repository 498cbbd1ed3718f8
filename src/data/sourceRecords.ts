// CSV and JSON rows become the same thing: column key → cell with its position.
import { checkText, plainText } from './checkText.ts';
import { columnResolver, describeColumn, type ColumnSpec } from './columns.ts';
import { excerpt } from './excerpt.ts';
import { parseCsv } from './parseCsv.ts';
import { jsonStrings, parseJson } from './parseJson.ts';
import { findPersonalData, type PersonalDataFinding, type ScanOptions } from './personalData.ts';
import { error, type Position } from './problem.ts';
import { HEADER_LIMIT, limitFor, truncateChars } from './textLimits.ts';
import type { Problem } from './types.ts';

export interface SourceRecord {
  /** Where the record starts (CSV: its line, column 1; JSON: the object). */
  at: Position;
  /** Column key → index into `values`. CSV files share one map; a missing column has no key (already reported). */
  columns: ReadonlyMap<string, number>;
  values: readonly string[];
  /** Where each value is. CSV records leave it out: a value is on the record's line, in column index + 1. */
  positions?: readonly Position[];
}

export interface RecordsResult {
  records: SourceRecord[];
  problems: Problem[];
  /** False when the file could not be read into rows, or a required column is missing. */
  complete: boolean;
}

function accepted(specs: readonly ColumnSpec[]): string {
  return specs.map(describeColumn).join(', ');
}

const ADDRESS: ScanOptions = { address: true };
const ANYWHERE: ScanOptions = {};
// Declared public contact columns: an office's phone number there is published on purpose.
const PUBLIC_PHONE: ScanOptions = { publicPhone: true };
const PUBLIC_PHONE_COLUMNS: ReadonlySet<string> = new Set(['service_phone']);

/** Personal data in one value; `key` is its column (addresses get the flat-number patterns too). */
function scanValue(value: string, key: string | undefined): PersonalDataFinding[] {
  if (key === 'address' || key === 'service_address') return findPersonalData(value, ADDRESS);
  return findPersonalData(value, key !== undefined && PUBLIC_PHONE_COLUMNS.has(key) ? PUBLIC_PHONE : ANYWHERE);
}

function report(problems: Problem[], file: string, at: Position, found: readonly PersonalDataFinding[]): void {
  for (const f of found) problems.push(error(file, at, `personal_data.${f.rule}`, f.message));
}

/** More columns than this is not one of our tables (and would mean as many messages). */
const MAX_COLUMNS = 100;

/**
 * Length, invisible characters and poster glyphs of one value; returns the value cut to its limit, so nothing
 * later reads more. `at` is the cell, or a function from an offset in the value to its place in the file.
 */
function checkValue(
  problems: Problem[],
  file: string,
  at: Position | ((index: number) => Position),
  value: string,
  key: string | undefined,
  what: string,
): string {
  const limit = limitFor(key);
  for (const f of checkText(value, limit, what)) {
    problems.push(error(file, typeof at === 'function' ? at(f.index) : at, f.code, f.message));
  }
  return value.length > limit ? truncateChars(value, limit) : value;
}

/** Reads CSV rows into records, reporting header problems and personal data in any field. */
export function csvRecords(text: string, file: string, specs: readonly ColumnSpec[]): RecordsResult {
  const { table, problems } = parseCsv(text, file);
  if (!table) return { records: [], problems, complete: false };
  const resolve = columnResolver(specs);
  const keys: Array<string | undefined> = [];
  const seen = new Map<string, number>();
  if (table.header.fields.length > MAX_COLUMNS) {
    const at = { line: table.header.line, column: MAX_COLUMNS + 1 };
    problems.push(error(file, at, 'csv.too_many_columns', `表头有 ${table.header.fields.length} 列，最多 ${MAX_COLUMNS} 列：请只保留数据格式中的列（见 data/README.md）`));
    return { records: [], problems, complete: false };
  }
  table.header.fields.forEach((name, i) => {
    const at = { line: table.header.line, column: i + 1 };
    const spec = name.trim() === '' ? undefined : resolve(name);
    keys.push(undefined);
    if (name.trim() === '') {
      problems.push(error(file, at, 'csv.blank_header', `第 ${i + 1} 列没有列名：请填写列名，或删除这一列`));
    } else if (!spec) {
      problems.push(error(file, at, 'csv.unknown_column', `未知的列“${excerpt(name.trim(), HEADER_LIMIT)}”：可用的列是 ${accepted(specs)}`));
    } else if (seen.has(spec.key)) {
      problems.push(
        error(file, at, 'csv.duplicate_header', `列 ${spec.key} 重复（第 ${seen.get(spec.key) ?? 0} 列已有）：请删除或改名其中一列`),
      );
    } else {
      seen.set(spec.key, i + 1);
      keys[i] = spec.key;
    }
  });
  let complete = true;
  for (const spec of specs) {
    if (spec.required && !seen.has(spec.key)) {
      complete = false;
      problems.push(
        error(file, { line: table.header.line, column: 1 }, 'csv.missing_column', `缺少必需的列 ${describeColumn(spec)}：请在表头加上这一列`),
      );
    }
  }
  const columns = new Map<string, number>();
  keys.forEach((key, i) => key !== undefined && columns.set(key, i));
  const records: SourceRecord[] = [];
  // Most files have no odd character at all: then only lengths are checked cell by cell.
  const odd = !plainText(text);
  // Rows already hold their fields in column order, so records share `columns` and need no per-cell objects.
  for (const rows of [table.rows, table.ragged]) {
    for (const row of rows) {
      const { line, fields } = row;
      for (let i = 0; i < fields.length; i += 1) {
        const key = keys[i];
        const value = fields[i] ?? '';
        if (odd || value.length > limitFor(key)) {
          fields[i] = checkValue(problems, file, { line, column: i + 1 }, value, key, key ?? `第 ${i + 1} 列`);
        }
        const found = scanValue(fields[i] ?? '', keys[i]);
        if (found.length > 0) report(problems, file, { line, column: i + 1 }, found);
      }
      if (rows === table.rows) records.push({ at: { line, column: 1 }, columns, values: fields });
    }
  }
  return { records, problems, complete: complete && table.ragged.length === 0 };
}

/** Reads a JSON array of objects (or `{ "rows": [...] }`) into records. */
export function jsonRecords(text: string, file: string, specs: readonly ColumnSpec[]): RecordsResult {
  const { doc, problems } = parseJson(text, file);
  if (!doc) return { records: [], problems, complete: false };
  let complete = true;
  let list = doc.root;
  if (list.type === 'object') {
    const rows = list.children?.find((p) => p.children?.[0]?.value === 'rows')?.children?.[1];
    if (rows) list = rows;
  }
  if (list.type !== 'array') {
    problems.push(error(file, doc.positionOf(list.offset), 'json.not_array', '应是由对象组成的数组 [ {...}, {...} ]，或 { "rows": [ ... ] }'));
    return { records: [], problems, complete: false };
  }
  const resolve = columnResolver(specs);
  const checked = new Map<number, string>();
  // Escapes (\u200b) spell odd characters in plain ASCII, so a file with any is checked value by value.
  const odd = !plainText(text) || text.includes('\\u');
  for (const s of jsonStrings(list)) {
    const key = s.path[1] === undefined ? undefined : resolve(String(s.path[1]))?.key;
    if (!odd && s.value.length <= limitFor(key)) {
      const found = scanValue(s.value, key);
      if (found.length > 0) report(problems, file, doc.positionOf(s.offset), found);
      continue;
    }
    const what = key ?? excerpt(String(s.path[1] ?? ''), HEADER_LIMIT);
    // Point at the character when the file spells the value as is, else (escapes) at the value.
    const literal = text.startsWith(s.value, s.offset);
    const at = (index: number): Position => doc.positionOf(s.offset + (literal ? index : 0));
    const value = checkValue(problems, file, at, s.value, key, what);
    if (value !== s.value) checked.set(s.offset, value);
    const found = scanValue(value, key);
    if (found.length > 0) report(problems, file, doc.positionOf(s.offset), found);
  }
  const records: SourceRecord[] = [];
  for (const item of list.children ?? []) {
    const at = doc.positionOf(item.offset);
    if (item.type !== 'object') {
      problems.push(error(file, at, 'json.not_object', '每一项都应是一个对象 {...}'));
      complete = false;
      continue;
    }
    const columns = new Map<string, number>();
    const values: string[] = [];
    const positions: Position[] = [];
    for (const property of item.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const name = String(keyNode.value);
      const spec = resolve(name);
      const keyAt = doc.positionOf(keyNode.offset);
      const valueAt = doc.positionOf(valueNode.offset);
      if (!spec) {
        problems.push(error(file, keyAt, 'json.unknown_key', `未知的字段“${excerpt(name, HEADER_LIMIT)}”：可用的字段是 ${accepted(specs)}`));
      } else if (columns.has(spec.key)) {
        problems.push(error(file, keyAt, 'json.duplicate_key', `字段 ${spec.key} 重复：请只保留一个`));
      } else if (valueNode.type === 'object' || valueNode.type === 'array') {
        problems.push(error(file, valueAt, 'json.invalid_value', `字段 ${spec.key} 的值应是文字：请写成 "..."`));
      } else {
        columns.set(spec.key, values.length);
        values.push(valueNode.value === null ? '' : (checked.get(valueNode.offset + 1) ?? String(valueNode.value)));
        positions.push(valueAt);
      }
    }
    for (const spec of specs) {
      if (spec.required && !columns.has(spec.key) && !(item.children ?? []).some((p) => resolve(String(p.children?.[0]?.value)) === spec)) {
        complete = false;
        problems.push(error(file, at, 'json.missing_key', `缺少必需的字段 ${describeColumn(spec)}：请补上（没有值就写 ""）`));
      }
    }
    records.push({ at, columns, values, positions });
  }
  return { records, problems, complete };
}

/** The cell's trimmed value, or undefined when the column is missing. */
export function cellValue(record: SourceRecord, key: string): string | undefined {
  const i = record.columns.get(key);
  return i === undefined ? undefined : record.values[i]?.trim();
}

/** Where to point at a cell, falling back to the record. */
export function cellAt(record: SourceRecord, key: string): Position {
  const i = record.columns.get(key);
  if (i === undefined) return record.at;
  return record.positions?.[i] ?? { line: record.at.line, column: i + 1 };
}
