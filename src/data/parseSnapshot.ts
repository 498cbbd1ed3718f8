// snapshots/YYYY-MM.csv|json: every tracked building's state at that month's end.
import { column, withIdHeader, type ColumnSpec } from './columns.ts';
import { parseId } from './ids.ts';
import { monthEnd, parseDate } from './parseDate.ts';
import { parseStatus } from './parseStatus.ts';
import { error } from './problem.ts';
import { cellAt, cellValue, csvRecords, jsonRecords, type SourceRecord } from './sourceRecords.ts';
import type { IsoDate, Milestone, Month, Problem, Snapshot, SnapshotRow } from './types.ts';

/** What the snapshot is checked against: the registry's ids and eligibility. */
export interface Registry {
  /** Every id in buildings.csv, even rows with other problems (avoids follow-on errors). */
  known: ReadonlySet<string>;
  eligible: ReadonlyMap<string, boolean>;
}

export interface SnapshotResult {
  snapshot: Snapshot;
  /** Source records by building id, for positions in later checks. */
  records: Map<string, SourceRecord>;
  /** Buildings whose row has problems; later checks skip them to avoid follow-on errors. */
  broken: Set<string>;
  /** False when rows or columns could not be read; history checks then skip this file. */
  complete: boolean;
  problems: Problem[];
}

/**
 * Snapshot columns: fixed ones plus one per milestone, headed by its key or Chinese label; the id column is
 * also headed by the programme's `noun` (the template's `小区编号` for a programme tracking estates).
 */
export function snapshotColumns(milestones: readonly Milestone[], noun?: string): ColumnSpec[] {
  return withIdHeader(
    [
      column('building_id', true),
      column('status', true),
      ...milestones.map((m) => ({ key: m.key, aliases: [m.label], required: true })),
      column('note', false),
    ],
    noun,
  );
}

const name = (m: Milestone): string => `${m.key}（${m.label}）`;

/** Parses one snapshot file's text. `format` comes from the file extension; `noun` names the id column too. */
export function parseSnapshot(
  text: string,
  file: string,
  month: Month,
  format: 'csv' | 'json',
  milestones: readonly Milestone[],
  registry?: Registry,
  noun?: string,
): SnapshotResult {
  const specs = snapshotColumns(milestones, noun);
  const read = format === 'csv' ? csvRecords : jsonRecords;
  const { records: source, problems, complete } = read(text, file, specs);
  const rows: SnapshotRow[] = [];
  const records = new Map<string, SourceRecord>();
  const broken = new Set<string>();
  const lastDay = monthEnd(month);
  for (const record of source) {
    let valid = true;
    const fail = (key: string, code: string, message: string): void => {
      problems.push(error(file, cellAt(record, key), code, message));
      valid = false;
    };
    const rawId = cellValue(record, 'building_id');
    if (rawId === undefined) continue;
    const id = parseId(rawId, 'building_id');
    if (!id.ok) {
      fail('building_id', 'snapshot.invalid_id', id.message);
      continue;
    }
    const buildingId = id.value;
    const first = records.get(buildingId);
    if (first) {
      fail('building_id', 'snapshot.duplicate_id', `building_id“${buildingId}”在本月快照中重复（第 ${first.at.line} 行已有）：每个编号每月只写一行`);
      continue;
    }
    records.set(buildingId, record);
    if (registry && !registry.known.has(buildingId)) {
      fail('building_id', 'snapshot.unknown_building', `未知的 building_id“${buildingId}”：请使用 buildings.csv 中已有的编号，或先在那里登记`);
    }
    const rawStatus = cellValue(record, 'status');
    const status = rawStatus === undefined ? undefined : parseStatus(rawStatus);
    if (status && !status.ok) fail('status', rawStatus === '' ? 'snapshot.empty_status' : 'snapshot.unknown_status', status.message);

    const dates: Partial<Record<string, IsoDate>> = {};
    for (const m of milestones) {
      const raw = cellValue(record, m.key);
      if (raw === undefined || raw === '') continue;
      const date = parseDate(raw, m.key);
      if (!date.ok) fail(m.key, 'snapshot.invalid_date', date.message);
      else if (date.value > lastDay) {
        fail(m.key, 'snapshot.future_date', `日期 ${date.value} 晚于本快照月末 ${lastDay} (${m.key})：快照只记录截至当月底已发生的事；请核对日期或文件名月份`);
      } else dates[m.key] = date.value;
    }
    if (valid) checkOrder(milestones, dates, fail);
    if (valid && registry?.eligible.get(buildingId) === false) {
      const reached = milestones.find((m) => dates[m.key] !== undefined);
      if (reached) {
        fail(reached.key, 'snapshot.ineligible_building', `${buildingId} 在 buildings.csv 中不符合条件 (eligible=否)，却填写了 ${name(reached)}：请核对 buildings.csv 的 eligible，或清空本行日期`);
      }
    }
    if (!valid || !status?.ok) {
      broken.add(buildingId);
      continue;
    }
    rows.push({ buildingId, status: status.value, dates, note: cellValue(record, 'note') ?? '', line: record.at.line });
  }
  return { snapshot: { month, file, rows }, records, broken, complete, problems };
}

/**
 * Milestones happen in report order: no gaps (an `optional` milestone may be skipped), and no date before an
 * earlier milestone's.
 */
function checkOrder(
  milestones: readonly Milestone[],
  dates: Partial<Record<string, IsoDate>>,
  fail: (key: string, code: string, message: string) => void,
): void {
  let gap: Milestone | undefined;
  let previous: { milestone: Milestone; date: IsoDate } | undefined;
  for (const m of milestones) {
    const date = dates[m.key];
    if (date === undefined) {
      if (!m.optional) gap ??= m;
      continue;
    }
    if (gap) {
      fail(m.key, 'snapshot.milestone_gap', `已填写 ${name(m)}，但更早的 ${name(gap)} 为空：请补上 ${gap.key} 的日期，或删除 ${m.key} 的日期`);
      gap = undefined;
    } else if (previous && date < previous.date) {
      fail(m.key, 'snapshot.milestone_order', `${name(m)} 的日期 ${date} 早于 ${name(previous.milestone)} 的 ${previous.date}：里程碑按顺序发生，请核对这两个日期`);
    }
    previous = { milestone: m, date };
  }
}
