// corrections.csv: the documented way to change a value published in an earlier month.
import { column } from './columns.ts';
import { parseId } from './ids.ts';
import { parseDate, parseMonth } from './parseDate.ts';
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

/** Fields a correction may name besides milestone keys. */
const SPECIAL_FIELDS: Record<string, string> = { status: 'status', 状态: 'status', row: 'row', 整行: 'row' };

export interface SourcedCorrection {
  correction: Correction;
  record: SourceRecord;
}

export interface CorrectionsResult {
  corrections: SourcedCorrection[];
  problems: Problem[];
}

/** Parses corrections.csv text; `field` may be a milestone key or label, `status` or `row`. */
export function parseCorrections(text: string, file: string, milestones: readonly Milestone[]): CorrectionsResult {
  const { records, problems } = csvRecords(text, file, CORRECTION_COLUMNS);
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
      const options = [...milestones.map((m) => m.key), 'status', 'row'].join(', ');
      fail('field', 'correction.unknown_field', `未知的 field“${rawField}”：应是 ${options} 之一（row 表示该楼不再跟踪）`);
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
        oldValue: cellValue(record, 'old_value') ?? '',
        newValue: cellValue(record, 'new_value') ?? '',
        date: date.value,
        reason,
      },
      record,
    });
  }
  return { corrections, problems };
}
