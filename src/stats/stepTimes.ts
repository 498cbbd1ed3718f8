// How long each step usually takes in this street, measured from its own history, and how long a
// building has been at its current step. Pure: "now" is the data's as-of date, passed in.
import { quantileSorted } from 'd3';
import type { IsoDate, Month, SnapshotRow } from '../data/types.ts';
import { DAYS_PER_MONTH, daysBetween } from './months.ts';
import { NO_STAGE, type Stage } from './types.ts';

/** Fewer buildings than this, and a typical time would mislead: say there is not enough history. */
export const MIN_HISTORY = 5;

/** Typical months from reaching `from` to reaching `to` (the next milestone). */
export interface StepTime {
  from: string;
  to: string;
  /** Buildings that made this step. */
  count: number;
  /** Median, 25th and 75th percentile in months; undefined when count < MIN_HISTORY. */
  median: number | undefined;
  p25: number | undefined;
  p75: number | undefined;
}

/** Months between two ISO dates (days / average month length). */
export function monthsBetweenDates(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) / DAYS_PER_MONTH;
}

/** The last day of a `YYYY-MM` month: the as-of date of that month's snapshot. */
export function monthEndDate(month: Month): IsoDate {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * For each pair of consecutive milestones, the distribution of months between them over the rows
 * that have both dates (quantiles are d3's, R-7 linear interpolation), keyed by the `from` milestone.
 */
export function stepTimes(
  rows: Iterable<SnapshotRow>,
  milestoneKeys: readonly string[],
): Map<string, StepTime> {
  const samples = milestoneKeys
    .slice(1)
    .map((to, i) => ({ from: milestoneKeys[i] ?? to, to, months: [] as number[] }));
  for (const row of rows) {
    for (const s of samples) {
      const a = row.dates[s.from];
      const b = row.dates[s.to];
      if (a !== undefined && b !== undefined) s.months.push(monthsBetweenDates(a, b));
    }
  }
  const out = new Map<string, StepTime>();
  for (const { from, to, months } of samples) {
    const sorted = months.sort((a, b) => a - b);
    const enough = sorted.length >= MIN_HISTORY;
    out.set(from, {
      from,
      to,
      count: sorted.length,
      median: enough ? quantileSorted(sorted, 0.5) : undefined,
      p25: enough ? quantileSorted(sorted, 0.25) : undefined,
      p75: enough ? quantileSorted(sorted, 0.75) : undefined,
    });
  }
  return out;
}

/** Months since the building reached its current stage, as of `asOf`; undefined before the first milestone. */
export function monthsAtStage(row: SnapshotRow | undefined, stage: Stage, asOf: IsoDate): number | undefined {
  if (!row || stage === NO_STAGE) return undefined;
  const reached = row.dates[stage];
  return reached === undefined ? undefined : Math.max(0, monthsBetweenDates(reached, asOf));
}

/** True when a building has been at its step longer than three in four buildings took for it. */
export function pastTypical(months: number | undefined, step: StepTime | undefined): boolean {
  return months !== undefined && step?.p75 !== undefined && months > step.p75;
}
