// Every month's change summary, newest first: the /changes/ page and the RSS feed share this list.
import type { Dataset } from '../data/types.ts';
import type { SiteStats } from '../stats/types.ts';
import { type FeedText, type MonthSummary, summariseChanges, type SummaryOptions } from './changesSummary.ts';

/** One summary per snapshot month, newest first. */
export function monthlySummaries(
  dataset: Dataset,
  stats: SiteStats,
  text: FeedText,
  options: SummaryOptions = {},
): MonthSummary[] {
  return [...stats.months].reverse().flatMap((month) => {
    const changes = stats.changesByMonth[month];
    return changes ? [summariseChanges(changes, dataset.report, dataset.buildings, text, options)] : [];
  });
}
