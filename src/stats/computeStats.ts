// Every derived statistic the site, charts and posters need, computed once per build.
import type { Building, Dataset, Month, SnapshotRow } from '../data/types.ts';
import { monthChanges } from './changes.ts';
import { indexDataset } from './datasetIndex.ts';
import { monthFigures } from './figures.ts';
import { countRemaining, defaultForecastMilestone, forecast } from './forecast.ts';
import { goalProgress } from './goals.ts';
import { medianGaps } from './medianGaps.ts';
import {
  NO_STAGE,
  type BuildingState,
  type Figures,
  type MonthChanges,
  type ScopeStats,
  type SiteStats,
} from './types.ts';

export interface ComputeStatsOptions {
  /** Milestone of the "all done" forecast; default `in_service`, else the last milestone. */
  forecastMilestone?: string;
  /** Longest trailing window of the forecast pace, in months; default 6. */
  forecastWindow?: number;
}

/**
 * Statistics for the street, every community, every registry building and every month.
 * O(buildings × months × milestones). Community goal progress is measured against the
 * street-wide targets (a community's contribution), since goals are published street-wide.
 */
export function computeStats(dataset: Dataset, options: ComputeStatsOptions = {}): SiteStats {
  const lastIndex = dataset.snapshots.length - 1;
  const latestSnapshot = dataset.snapshots[lastIndex];
  if (!latestSnapshot) throw new Error('computeStats needs at least one snapshot');
  const index = indexDataset(dataset);
  const keys = index.milestoneKeys;
  const forecastMilestone =
    options.forecastMilestone ?? dataset.report.forecast ?? defaultForecastMilestone(keys);
  const forecastWindow = options.forecastWindow ?? 6;

  // One pass per month over its rows: figures for every scope, and that month's changes.
  const streetSeries: Figures[] = [];
  const communitySeries = new Map<string, Figures[]>(dataset.communities.map((c) => [c.id, []]));
  const changesByMonth: Record<Month, MonthChanges> = {};
  // Building id → month each milestone (by index) first appeared.
  const firstSeen = new Map<string, (Month | undefined)[]>();
  dataset.snapshots.forEach((snapshot, i) => {
    const { street, communities } = monthFigures(index, i);
    streetSeries.push(street);
    for (const [id, figures] of communities) communitySeries.get(id)?.push(figures);
    changesByMonth[snapshot.month] = monthChanges(index, i);
    for (const { row, dates } of index.rows[i] ?? []) {
      let seen = firstSeen.get(row.buildingId);
      if (!seen)
        firstSeen.set(row.buildingId, (seen = new Array<Month | undefined>(keys.length).fill(undefined)));
      for (let k = 0; k < dates.length; k += 1)
        if (dates[k] !== undefined && seen[k] === undefined) seen[k] = snapshot.month;
    }
  });

  // Latest rows and registry buildings grouped by community, for gaps and the forecast.
  const latestRows = new Map<string, SnapshotRow>(latestSnapshot.rows.map((r) => [r.buildingId, r]));
  const rowsByCommunity = new Map<string, SnapshotRow[]>(dataset.communities.map((c) => [c.id, []]));
  const streetRows: SnapshotRow[] = [];
  for (const { row, building } of index.rows[lastIndex] ?? []) {
    if (!building) continue;
    streetRows.push(row);
    rowsByCommunity.get(building.communityId)?.push(row);
  }
  const buildingsByCommunity = new Map<string, Building[]>(dataset.communities.map((c) => [c.id, []]));
  for (const building of dataset.buildings) buildingsByCommunity.get(building.communityId)?.push(building);

  const scopeStats = (
    scope: ScopeStats['scope'],
    series: Figures[],
    rows: readonly SnapshotRow[],
    buildings: readonly Building[],
  ): ScopeStats => {
    const latest = series[series.length - 1];
    if (!latest) throw new Error('a scope has no figures');
    const remaining = countRemaining(buildings, latestRows, forecastMilestone);
    return {
      scope,
      series,
      latest,
      goals: goalProgress(dataset.report.goals, latest),
      medianGaps: medianGaps(rows, keys),
      forecast: forecast(series, remaining, forecastMilestone, forecastWindow),
    };
  };

  const communities: Record<string, ScopeStats> = {};
  for (const community of dataset.communities) {
    communities[community.id] = scopeStats(
      { kind: 'community', id: community.id },
      communitySeries.get(community.id) ?? [],
      rowsByCommunity.get(community.id) ?? [],
      buildingsByCommunity.get(community.id) ?? [],
    );
  }

  const buildings: Record<string, BuildingState> = {};
  for (const building of dataset.buildings) {
    const community = index.communitiesById.get(building.communityId);
    if (!community) throw new Error(`building ${building.id} has unknown community ${building.communityId}`);
    const latest = index.rowsById[lastIndex]?.get(building.id);
    const row = latest?.row;
    // Only milestones the building still has: a date removed by a correction is not "seen".
    const seen: Partial<Record<string, Month>> = {};
    const all = firstSeen.get(building.id);
    if (latest && all) {
      keys.forEach((key, k) => {
        const month = all[k];
        if (latest.dates[k] !== undefined && month !== undefined) seen[key] = month;
      });
    }
    const stage = latest ? (keys[latest.stage] ?? NO_STAGE) : NO_STAGE;
    buildings[building.id] = { building, community, row, stage, firstSeen: seen };
  }

  return {
    months: dataset.snapshots.map((s) => s.month),
    latestMonth: latestSnapshot.month,
    street: scopeStats({ kind: 'street' }, streetSeries, streetRows, dataset.buildings),
    communities,
    buildings,
    changesByMonth,
  };
}
