// What changed in one month: milestones reached, status changes, buildings added or removed, corrections.
import type { DatasetIndex } from './datasetIndex.ts';
import { newlyReached } from './newlyReached.ts';
import type { MilestoneReached, MonthChanges, StatusChange } from './types.ts';

/**
 * Changes of snapshot `i` against snapshot `i - 1`.
 *
 * `reached` follows `newlyReached` (first month: milestones dated inside it), sorted by milestone
 * in report order, then date, then building id. In the first month every building is `added`.
 * `statusChanges` lists tracked buildings whose status differs from last month, plus newly added
 * buildings that start in a status other than `active` (from `undefined`): starting active is not news.
 */
export function monthChanges(index: DatasetIndex, i: number): MonthChanges {
  const snapshot = index.dataset.snapshots[i];
  if (!snapshot) throw new RangeError(`no snapshot at index ${i}`);
  const previous = index.dataset.snapshots[i - 1];
  const previousRows = index.rowsById[i - 1];
  const currentRows = index.rowsById[i];
  const keys = index.milestoneKeys;

  const reached: MilestoneReached[] = [];
  const statusChanges: StatusChange[] = [];
  const added: string[] = [];
  for (const row of snapshot.rows) {
    const previousRow = previousRows?.get(row.buildingId);
    for (const milestone of newlyReached(row, previousRow, snapshot.month, previous?.month, keys, index.corrections)) {
      const date = row.dates[milestone];
      if (date !== undefined) reached.push({ buildingId: row.buildingId, milestone, date });
    }
    if (!previousRow) {
      added.push(row.buildingId);
      if (row.status !== 'active') statusChanges.push({ buildingId: row.buildingId, from: undefined, to: row.status });
    } else if (previousRow.status !== row.status) {
      statusChanges.push({ buildingId: row.buildingId, from: previousRow.status, to: row.status });
    }
  }

  const removed = previous ? previous.rows.filter((r) => !currentRows?.has(r.buildingId)).map((r) => r.buildingId) : [];
  const order = new Map(keys.map((k, n) => [k, n]));
  reached.sort(
    (a, b) =>
      (order.get(a.milestone) ?? 0) - (order.get(b.milestone) ?? 0) ||
      compare(a.date, b.date) ||
      compare(a.buildingId, b.buildingId),
  );

  return {
    month: snapshot.month,
    previous: previous?.month,
    reached,
    statusChanges,
    added,
    removed,
    corrections: index.dataset.corrections.filter((c) => c.month === snapshot.month),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
