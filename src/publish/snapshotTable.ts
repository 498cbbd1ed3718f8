// One month's snapshot as the published table: the canonical columns, in source row order.
import type { ReportConfig, Snapshot } from '../data/types.ts';
import type { Table } from './table.ts';

/** Canonical snapshot header: building_id, status, the milestone keys in report order, note. */
export function snapshotHeader(report: ReportConfig): string[] {
  return ['building_id', 'status', ...report.milestones.map((m) => m.key), 'note'];
}

/** The snapshot as a table; unreached milestones are empty cells. */
export function snapshotTable(snapshot: Snapshot, report: ReportConfig): Table {
  const keys = report.milestones.map((m) => m.key);
  return {
    header: snapshotHeader(report),
    rows: snapshot.rows.map((row) => [
      row.buildingId,
      row.status,
      ...keys.map((key) => row.dates[key] ?? ''),
      row.note,
    ]),
  };
}
