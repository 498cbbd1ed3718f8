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
  const previousSnapshot = index.dataset.snapshots[i - 1];
  const previousRows = index.rowsById[i - 1];
  const currentRows = index.rowsById[i];
  const keys = index.milestoneKeys;

  const reached: MilestoneReached[] = [];
  const statusChanges: StatusChange[] = [];
  const added: string[] = [];
  for (const current of index.rows[i] ?? []) {
    const { row } = current;
    const previous = previousRows?.get(row.buildingId);
    for (const k of newlyReached(
      current,
      previous,
      snapshot.month,
      previousSnapshot?.month,
      keys,
      index.corrections,
    )) {
      const date = current.dates[k];
      const milestone = keys[k];
      if (date !== undefined && milestone !== undefined)
        reached.push({ buildingId: row.buildingId, milestone, date });
    }
    if (!previous) {
      added.push(row.buildingId);
      if (row.status !== 'active')
        statusChanges.push({ buildingId: row.buildingId, from: undefined, to: row.status });
    } else if (previous.row.status !== row.status) {
      statusChanges.push({ buildingId: row.buildingId, from: previous.row.status, to: row.status });
    }
  }

  const removed = previousSnapshot
    ? previousSnapshot.rows.filter((r) => !currentRows?.has(r.buildingId)).map((r) => r.buildingId)
    : [];
  const order = new Map(keys.map((k, n) => [k, n]));
  reached.sort(
    (a, b) =>
      (order.get(a.milestone) ?? 0) - (order.get(b.milestone) ?? 0) ||
      compare(a.date, b.date) ||
      compare(a.buildingId, b.buildingId),
  );

  return {
    month: snapshot.month,
    previous: previousSnapshot?.month,
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
