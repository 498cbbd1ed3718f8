// Which milestones a building reached in a month, shared by Figures.newThisMonth and MonthChanges.
import type { Correction, Month, SnapshotRow } from '../data/types.ts';
import { addMonths, monthOf } from './months.ts';

/** Corrections indexed by `month|buildingId|field`, for O(1) lookups. */
export type CorrectionIndex = ReadonlySet<string>;

/** Index corrections so `isCorrected` is a set lookup. */
export function indexCorrections(corrections: readonly Correction[]): CorrectionIndex {
  return new Set(corrections.map((c) => correctionKey(c.month, c.buildingId, c.field)));
}

function correctionKey(month: Month, buildingId: string, field: string): string {
  return `${month}|${buildingId}|${field}`;
}

/**
 * Milestone keys the building reached in `month`.
 *
 * - Building tracked last snapshot: dated now and not dated then (a late entry counts in
 *   the month it is reported, so cumulative counts and "new this month" add up).
 * - Building not tracked before (first month of data or newly added): dated after the previous
 *   snapshot month (for the first month: dated inside it), so old history is not news.
 * - A value introduced by a documented correction for that month is never "reached".
 */
export function newlyReached(
  row: SnapshotRow,
  previousRow: SnapshotRow | undefined,
  month: Month,
  previousMonth: Month | undefined,
  milestoneKeys: readonly string[],
  corrections: CorrectionIndex,
): string[] {
  const after = previousMonth ?? addMonths(month, -1);
  const reached: string[] = [];
  for (const key of milestoneKeys) {
    const date = row.dates[key];
    if (date === undefined) continue;
    const isNew = previousRow ? previousRow.dates[key] === undefined : monthOf(date) > after;
    if (!isNew) continue;
    if (corrections.has(correctionKey(month, row.buildingId, key))) continue;
    reached.push(key);
  }
  return reached;
}
