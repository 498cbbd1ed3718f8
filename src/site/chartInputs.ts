// Chart inputs from the statistics of one scope: the glue between stats and chart layouts.
import type { CommunitiesInput } from '../charts/communities/layout.ts';
import type { FunnelInput } from '../charts/funnel/layout.ts';
import type { MapBuilding } from '../charts/map/layout.ts';
import type { TrendInput } from '../charts/trend/layout.ts';
import { entityWords } from '../data/programmeWords.ts';
import type { Community, ReportConfig } from '../data/types.ts';
import type { BuildingState, ScopeStats } from '../stats/types.ts';

/** Funnel of the scope's latest month. */
export function funnelInput(
  scope: ScopeStats,
  report: Pick<ReportConfig, 'milestones' | 'entity'>,
  scopeName: string,
): Omit<FunnelInput, 'text'> {
  const { eligible, reached } = scope.latest;
  return { scopeName, eligible, reached, milestones: report.milestones, words: entityWords(report.entity) };
}

/** Monthly trend with the first buildings goal (street only) and the forecast. */
export function trendInput(
  scope: ScopeStats,
  report: ReportConfig,
  scopeName: string,
  withGoal: boolean,
): Omit<TrendInput, 'text'> {
  const goal = withGoal ? report.goals.find((g) => g.measure === 'buildings') : undefined;
  return {
    scopeName,
    words: entityWords(report.entity),
    series: scope.series,
    milestones: report.milestones,
    goal: goal ? { label: goal.label, milestone: goal.milestone, target: goal.target } : undefined,
    forecast: scope.forecast,
    // The goal's milestone and the forecast's stand out on every scope; the other lines recede.
    highlight: [
      ...new Set([
        ...report.goals.filter((g) => g.measure === 'buildings').map((g) => g.milestone),
        scope.forecast.milestone,
      ]),
    ],
  };
}

/** Communities' latest stage counts, in registry order. */
export function communitiesInput(
  communities: readonly Community[],
  byId: Record<string, ScopeStats>,
  report: ReportConfig,
  scopeName: string,
): Omit<CommunitiesInput, 'text'> {
  const highlight = report.celebrate[0] ?? report.milestones.at(-1)?.key ?? '';
  return {
    scopeName,
    words: entityWords(report.entity),
    milestones: report.milestones,
    highlight,
    communities: communities.map((c) => ({
      id: c.id,
      name: c.name,
      stages: byId[c.id]?.latest.stages ?? {},
    })),
  };
}

/** Whether any of these has coordinates: a data set without lat/lng gets no map at all. */
export function anyPlaced(buildings: readonly MapBuilding[]): boolean {
  return buildings.some((b) => b.lat !== undefined && b.lng !== undefined);
}

/** Map dots for buildings, optionally only eligible ones (keeps the home page small). */
export function mapBuildings(states: readonly BuildingState[], eligibleOnly: boolean): MapBuilding[] {
  return states
    .filter((s) => !eligibleOnly || s.building.eligible)
    .map((s) => ({
      id: s.building.id,
      address: s.building.address,
      communityId: s.building.communityId,
      eligible: s.building.eligible,
      stage: s.stage,
      lat: s.building.lat,
      lng: s.building.lng,
    }));
}
