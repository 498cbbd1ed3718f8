// "What changed this month": buildings that reached milestones, grouped by milestone.
import type { Building, Milestone } from '../data/types.ts';
import type { MonthChanges } from '../stats/types.ts';

export interface ChangeGroup {
  key: string;
  label: string;
  buildings: { id: string; address: string; date: string }[];
}

/**
 * Groups this month's newly reached milestones, furthest milestone first, each list by date then
 * address. `within` limits to a scope's buildings (a community page).
 */
export function changeGroups(
  changes: MonthChanges | undefined,
  milestones: readonly Milestone[],
  buildingOf: (id: string) => Building,
  within?: (b: Building) => boolean,
): ChangeGroup[] {
  if (!changes) return [];
  const groups: ChangeGroup[] = [];
  for (const m of [...milestones].reverse()) {
    const items = changes.reached
      .filter((r) => r.milestone === m.key)
      .map((r) => ({ building: buildingOf(r.buildingId), date: r.date }))
      .filter((r) => (within ? within(r.building) : true))
      .sort(
        (a, b) =>
          a.date.localeCompare(b.date) || a.building.address.localeCompare(b.building.address, 'zh-CN'),
      )
      .map((r) => ({ id: r.building.id, address: r.building.address, date: r.date }));
    if (items.length > 0) groups.push({ key: m.key, label: m.label, buildings: items });
  }
  return groups;
}
