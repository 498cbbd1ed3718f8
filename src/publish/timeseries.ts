// Month × milestone counts for the street and each community, from the derived statistics.
import type { Community, ReportConfig } from '../data/types.ts';
import type { Figures, ScopeStats } from '../stats/types.ts';
import type { Table } from './table.ts';

function countCells(figures: Figures, keys: readonly string[]): string[] {
  return [
    String(figures.buildings),
    String(figures.eligible),
    ...keys.map((key) => String(figures.reached[key] ?? 0)),
  ];
}

/** One row per month: buildings, eligible, then buildings that have reached each milestone. */
export function streetSeriesTable(street: ScopeStats, report: ReportConfig): Table {
  const keys = report.milestones.map((m) => m.key);
  return {
    header: ['month', 'buildings', 'eligible', ...keys],
    rows: street.series.map((figures) => [figures.month, ...countCells(figures, keys)]),
  };
}

/** One row per month and community, months ascending, communities in registry order. */
export function communitySeriesTable(
  communities: readonly Community[],
  byCommunity: Readonly<Record<string, ScopeStats>>,
  report: ReportConfig,
): Table {
  const keys = report.milestones.map((m) => m.key);
  const rows: { month: string; order: number; cells: string[] }[] = [];
  communities.forEach((community, order) => {
    for (const figures of byCommunity[community.id]?.series ?? []) {
      rows.push({
        month: figures.month,
        order,
        cells: [figures.month, community.id, community.name, ...countCells(figures, keys)],
      });
    }
  });
  rows.sort((a, b) => (a.month === b.month ? a.order - b.order : a.month < b.month ? -1 : 1));
  return {
    header: ['month', 'community_id', 'community_name', 'buildings', 'eligible', ...keys],
    rows: rows.map((r) => r.cells),
  };
}
