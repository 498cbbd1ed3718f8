// corrections.csv: the documented way to change a value published in an earlier month.
import { column, withIdHeader } from './columns.ts';
import { parseId } from './ids.ts';
import { parseBoolean } from './parseBoolean.ts';
import { parseDate, parseMonth, type Parsed } from './parseDate.ts';
import { parseStatus } from './parseStatus.ts';
import { error } from './problem.ts';
import { cellAt, cellValue, csvRecords, type SourceRecord } from './sourceRecords.ts';
import type { Correction, Milestone, Problem } from './types.ts';

export const CORRECTION_COLUMNS = [
  column('month', true),
  column('building_id', true),
  column('field', true),
  column('old_value', true),
  column('new_value', true),
  column('date', true),
  column('reason', true),
];

/** Registry fields that change published figures: a change takes effect from the correction's month. */
export const REGISTRY_FIELDS = ['community_id', 'eligible', 'residents'] as const;
export type RegistryField = (typeof REGISTRY_FIELDS)[number];
export const isRegistryField = (field: string): field is RegistryField =>
  (REGISTRY_FIELDS as readonly string[]).includes(field);

/** Fields a correction may name besides milestone keys, with their Chinese names. */
const SPECIAL_FIELDS: Record<string, string> = {
  status: 'status',
  状态: 'status',
  note: 'note',
  备注: 'note',
  row: 'row',
  整行: 'row',
  community_id: 'community_id',
  社区编号: 'community_id',
  eligible: 'eligible',
  是否符合条件: 'eligible',
  residents: 'residents',
  居民数: 'residents',
};

export interface SourcedCorrection {
  correction: Correction;
  record: SourceRecord;
}

export interface CorrectionsResult {
  corrections: SourcedCorrection[];
  problems: Problem[];
}

/** A correction value in the form the data holds: ISO dates, status keys, `true`/`false`, plain integers. */
function parseCorrectionValue(
  raw: string,
  field: string,
  column: string,
  milestones: readonly Milestone[],
): Parsed<string> | undefined {
  if (raw === '') return field === 'status' ? parseStatus(raw) : undefined;
  if (milestones.some((m) => m.key === field)) return parseDate(raw, column);
  if (field === 'status') return parseStatus(raw);
  if (field === 'eligible') {
    const b = parseBoolean(raw, column);
    return b.ok ? { ok: true, value: String(b.value) } : b;
  }
  if (field === 'residents') {
    return /^\d+$/.test(raw)
      ? { ok: true, value: String(Number(raw)) }
      : { ok: false, message: `${column} 的值“${raw}”无效：居民数只写整数，例如 120` };
  }
  return undefined;
}

/**
 * Parses corrections.csv text; `field` may be a milestone key or label, `status` or `row`; the id column may be
 * headed in the programme's `noun` (小区编号).
 */
export function parseCorrections(
  text: string,
  file: string,
  milestones: readonly Milestone[],
  noun?: string,
): CorrectionsResult {
  const { records, problems } = csvRecords(text, file, withIdHeader(CORRECTION_COLUMNS, noun));
  const corrections: SourcedCorrection[] = [];
  for (const record of records) {
    let valid = true;
    const fail = (key: string, code: string, message: string): void => {
      problems.push(error(file, cellAt(record, key), code, message));
      valid = false;
    };
    const month = parseMonth(cellValue(record, 'month') ?? '', 'month');
    if (!month.ok) fail('month', 'correction.invalid_month', month.message);
    const id = parseId(cellValue(record, 'building_id') ?? '', 'building_id');
    if (!id.ok) fail('building_id', 'correction.invalid_id', id.message);
    const rawField = cellValue(record, 'field') ?? '';
    const field = SPECIAL_FIELDS[rawField] ?? milestones.find((m) => m.key === rawField || m.label === rawField)?.key;
    if (!field) {
      const options = [...milestones.map((m) => m.key), 'status', 'note', 'row', ...REGISTRY_FIELDS].join(', ');
      fail(
        'field',
        'correction.unknown_field',
        `未知的 field“${rawField}”：应是 ${options} 之一（row 表示整行；community_id、eligible、residents 表示登记表自 month 起的变更）`,
      );
    }
    // Values are compared with the data cell by cell, so they are read the way the data is.
    const value = (key: 'old_value' | 'new_value'): string => {
      const raw = (cellValue(record, key) ?? '').trim();
      const parsed = field === undefined ? undefined : parseCorrectionValue(raw, field, key, milestones);
      if (parsed && !parsed.ok) fail(key, 'correction.invalid_value', parsed.message);
      return parsed?.ok ? parsed.value : raw;
    };
    const oldValue = value('old_value');
    const newValue = value('new_value');
    if (field !== undefined && field !== 'row' && oldValue === newValue) {
      fail('new_value', 'correction.no_change', `old_value 与 new_value 相同（“${oldValue}”）：更正必须写明改动前后的值`);
    }
    const date = parseDate(cellValue(record, 'date') ?? '', 'date');
    if (!date.ok) fail('date', 'correction.invalid_date', date.message);
    const reason = cellValue(record, 'reason') ?? '';
    if (reason === '') fail('reason', 'correction.empty_reason', 'reason 为空：请写明更正原因（会公开显示）');
    if (!valid || !month.ok || !id.ok || !field || !date.ok) continue;
    corrections.push({
      correction: {
        month: month.value,
        buildingId: id.value,
        field,
        oldValue,
        newValue,
        date: date.value,
        reason,
        line: record.at.line,
      },
      record,
    });
  }
  return { corrections, problems };
}
