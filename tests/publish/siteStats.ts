// Hand-made SiteStats for download tests: just enough figures to build the time series.
import type { Dataset } from '../../src/data/types.ts';
import type { Figures, ScopeStats, SiteStats } from '../../src/stats/types.ts';

export function makeFigures(month: string, reached: Record<string, number>, eligible = 2): Figures {
  return {
    month,
    buildings: 3,
    eligible,
    residents: 300,
    reached,
    residentsReached: {},
    stages: {},
    newThisMonth: {},
    statuses: { active: 2, paused: 0, disputed: 0, withdrawn: 0 },
  };
}

export function makeScope(series: Figures[], scope: ScopeStats['scope']): ScopeStats {
  const latest = series.at(-1) ?? makeFigures('2025-01', {});
  return {
    scope,
    series,
    latest,
    goals: [],
    medianGaps: [],
    forecast: { milestone: 'in_service', remaining: 0, pacePerMonth: 0, windowMonths: 6, month: undefined },
  };
}

/** Stats whose street series counts rows with each milestone per snapshot. */
export function statsFor(dataset: Dataset): SiteStats {
  const keys = dataset.report.milestones.map((m) => m.key);
  const figures = (communityId: string | undefined) =>
    dataset.snapshots.map((s) => {
      const rows = s.rows.filter((r) => {
        const b = dataset.buildings.find((x) => x.id === r.buildingId);
        return communityId === undefined || b?.communityId === communityId;
      });
      return makeFigures(
        s.month,
        Object.fromEntries(keys.map((k) => [k, rows.filter((r) => r.dates[k] !== undefined).length])),
      );
    });
  const months = dataset.snapshots.map((s) => s.month);
  return {
    months,
    latestMonth: months.at(-1) ?? '',
    street: makeScope(figures(undefined), { kind: 'street' }),
    communities: Object.fromEntries(
      dataset.communities.map((c) => [c.id, makeScope(figures(c.id), { kind: 'community', id: c.id })]),
    ),
    buildings: {},
    changesByMonth: {},
  };
}
