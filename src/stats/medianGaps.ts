// Median time between consecutive milestones, in months.
import { median } from 'd3';
import type { SnapshotRow } from '../data/types.ts';
import { DAYS_PER_MONTH, daysBetween } from './months.ts';
import type { MedianGap } from './types.ts';

/**
 * For each pair of consecutive milestones, the median months between them over the rows that
 * have both dates (days / 30.4375, rounded to one decimal; `null` when no row has both).
 */
export function medianGaps(rows: Iterable<SnapshotRow>, milestoneKeys: readonly string[]): MedianGap[] {
  const pairs = milestoneKeys
    .slice(1)
    .map((to, n) => ({ from: milestoneKeys[n] ?? to, to, months: [] as number[] }));
  for (const row of rows) {
    for (const pair of pairs) {
      const from = row.dates[pair.from];
      const to = row.dates[pair.to];
      if (from !== undefined && to !== undefined) pair.months.push(daysBetween(from, to) / DAYS_PER_MONTH);
    }
  }
  return pairs.map(({ from, to, months }) => {
    const m = median(months);
    return { from, to, months: m === undefined ? null : Math.round(m * 10) / 10, count: months.length };
  });
}
