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
 * For each milestone but the last, how long buildings stayed at it: months from reaching it to reaching the
 * next milestone they reached (an optional one they skipped does not end the stay), over the rows that have
 * both dates (quantiles are d3's, R-7 linear interpolation), keyed by the `from` milestone.
 */
export function stepTimes(
  rows: Iterable<SnapshotRow>,
  milestoneKeys: readonly string[],
): Map<string, StepTime> {
  const samples = milestoneKeys.slice(0, -1).map(() => [] as number[]);
  for (const row of rows) {
    milestoneKeys.forEach((from, i) => {
      const a = row.dates[from];
      const b = firstDefined(milestoneKeys.slice(i + 1).map((k) => row.dates[k]));
      if (a !== undefined && b !== undefined) samples[i]?.push(monthsBetweenDates(a, b));
    });
  }
  return new Map(
    milestoneKeys
      .slice(0, -1)
      .map((from, i) => [from, summarise(from, milestoneKeys[i + 1] ?? from, samples[i] ?? [])]),
  );
}

/**
 * For each milestone but the first, how long buildings took to reach it from the step they reached just
 * before it (so a building that skipped an optional step counts from the one before that), keyed by the
 * milestone reached: the guide's "how long does this step take".
 */
export function arrivalTimes(
  rows: Iterable<SnapshotRow>,
  milestoneKeys: readonly string[],
): Map<string, StepTime> {
  const samples = milestoneKeys.map(() => [] as number[]);
  for (const row of rows) {
    milestoneKeys.forEach((to, j) => {
      const b = row.dates[to];
      const a = firstDefined(
        milestoneKeys
          .slice(0, j)
          .reverse()
          .map((k) => row.dates[k]),
      );
      if (a !== undefined && b !== undefined) samples[j]?.push(monthsBetweenDates(a, b));
    });
  }
  return new Map(
    milestoneKeys.slice(1).map((to, i) => [to, summarise(milestoneKeys[i] ?? to, to, samples[i + 1] ?? [])]),
  );
}

function firstDefined<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

function summarise(from: string, to: string, months: number[]): StepTime {
  const sorted = months.sort((a, b) => a - b);
  const enough = sorted.length >= MIN_HISTORY;
  return {
    from,
    to,
    count: sorted.length,
    median: enough ? quantileSorted(sorted, 0.5) : undefined,
    p25: enough ? quantileSorted(sorted, 0.25) : undefined,
    p75: enough ? quantileSorted(sorted, 0.75) : undefined,
  };
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
