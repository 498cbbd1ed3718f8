// Which milestones a building reached in a month, shared by Figures.newThisMonth and MonthChanges.
import type { Correction, Month } from '../data/types.ts';
import type { IndexedRow } from './types.ts';
import { addMonths, monthOf } from './months.ts';

/** Corrections indexed by `month|buildingId|field`, for O(1) lookups. */
export type CorrectionIndex = ReadonlySet<string>;

/** Index corrections so a correction lookup is a set lookup. */
export function indexCorrections(corrections: readonly Correction[]): CorrectionIndex {
  return new Set(corrections.map((c) => correctionKey(c.month, c.buildingId, c.field)));
}

function correctionKey(month: Month, buildingId: string, field: string): string {
  return `${month}|${buildingId}|${field}`;
}

/**
 * Indices (into `milestoneKeys`) of the milestones the building reached in `month`.
 *
 * - Building tracked last snapshot: dated now and not dated then (a late entry counts in
 *   the month it is reported, so cumulative counts and "new this month" add up).
 * - Building not tracked before (first month of data or newly added): dated after the previous
 *   snapshot month (for the first month: dated inside it), so old history is not news.
 * - A value introduced by a documented correction for that month is never "reached".
 */
export function newlyReached(
  current: IndexedRow,
  previous: IndexedRow | undefined,
  month: Month,
  previousMonth: Month | undefined,
  milestoneKeys: readonly string[],
  corrections: CorrectionIndex,
): number[] {
  const reached: number[] = [];
  let after: Month | undefined;
  for (let i = 0; i < current.dates.length; i += 1) {
    const date = current.dates[i];
    if (date === undefined) continue;
    if (previous) {
      if (previous.dates[i] !== undefined) continue;
    } else {
      after ??= previousMonth ?? addMonths(month, -1);
      if (monthOf(date) <= after) continue;
    }
    if (
      corrections.size > 0 &&
      corrections.has(correctionKey(month, current.row.buildingId, milestoneKeys[i] ?? ''))
    )
      continue;
    reached.push(i);
  }
  return reached;
}
