// When every eligible building reaches a milestone, at the recent pace.
import type { Building, Month, SnapshotRow } from '../data/types.ts';
import { addMonths, monthsBetween } from './months.ts';
import type { Figures, Forecast } from './types.ts';

/** Default forecast milestone: `in_service` if the report has it, else its last milestone. */
export function defaultForecastMilestone(milestoneKeys: readonly string[]): string {
  if (milestoneKeys.includes('in_service')) return 'in_service';
  const last = milestoneKeys[milestoneKeys.length - 1];
  if (last === undefined) throw new Error('the report defines no milestones');
  return last;
}

/**
 * Eligible buildings that have not reached `milestone` in the latest rows. Withdrawn buildings
 * are excluded: they will not get there, so counting them would push the forecast out forever.
 */
export function countRemaining(
  buildings: Iterable<Building>,
  latestRows: ReadonlyMap<string, SnapshotRow>,
  milestone: string,
): number {
  let remaining = 0;
  for (const building of buildings) {
    if (!building.eligible) continue;
    const row = latestRows.get(building.id);
    if (row?.status === 'withdrawn' || row?.dates[milestone] !== undefined) continue;
    remaining += 1;
  }
  return remaining;
}

/**
 * Forecast month at the trailing pace: pace = (reached now − reached at the earliest snapshot
 * within `maxWindow` calendar months) / months between them; month = latest + ceil(remaining / pace).
 * With nothing remaining the month is the latest month; with no positive pace it is undefined.
 */
export function forecast(
  series: readonly Figures[],
  remaining: number,
  milestone: string,
  maxWindow = 6,
): Forecast {
  const latest = series[series.length - 1];
  if (!latest) return { milestone, remaining, pacePerMonth: 0, windowMonths: 0, month: undefined };
  const start = series.find((f) => monthsBetween(f.month, latest.month) <= maxWindow) ?? latest;
  const windowMonths = monthsBetween(start.month, latest.month);
  const gained = (latest.reached[milestone] ?? 0) - (start.reached[milestone] ?? 0);
  // Corrections can lower a count; a negative pace forecasts nothing.
  const pacePerMonth = windowMonths > 0 ? Math.max(0, gained / windowMonths) : 0;
  let month: Month | undefined;
  if (remaining <= 0) month = latest.month;
  else if (pacePerMonth > 0) month = addMonths(latest.month, Math.ceil(remaining / pacePerMonth));
  return { milestone, remaining, pacePerMonth, windowMonths, month };
}
