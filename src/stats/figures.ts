// Figures (reached, stages, new this month, statuses) for the street and every community.
import { STATUSES, type Building, type Month, type SnapshotRow, type Status } from '../data/types.ts';
import type { DatasetIndex, RegistryCounts } from './datasetIndex.ts';
import { newlyReached } from './newlyReached.ts';
import { stageOf } from './stage.ts';
import { NO_STAGE, type Figures } from './types.ts';

export interface MonthFigures {
  street: Figures;
  /** Community id → figures; every community of the dataset, including empty ones. */
  communities: Map<string, Figures>;
}

/** Figures with every milestone, stage and status present and zero. */
export function emptyFigures(month: Month, milestoneKeys: readonly string[], registry: RegistryCounts): Figures {
  const zeros = (): Record<string, number> => Object.fromEntries(milestoneKeys.map((k) => [k, 0]));
  return {
    month,
    buildings: registry.buildings,
    eligible: registry.eligible,
    residents: registry.residents,
    reached: zeros(),
    residentsReached: zeros(),
    stages: { [NO_STAGE]: 0, ...zeros() },
    newThisMonth: zeros(),
    statuses: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
  };
}

/** Count one tracked building into `figures` (mutates; for building figures in one pass). */
export function addRow(
  figures: Figures,
  row: SnapshotRow,
  building: Building,
  newly: readonly string[],
  milestoneKeys: readonly string[],
): void {
  for (const key of milestoneKeys) {
    if (row.dates[key] === undefined) continue;
    figures.reached[key] = (figures.reached[key] ?? 0) + 1;
    figures.residentsReached[key] = (figures.residentsReached[key] ?? 0) + building.residents;
  }
  for (const key of newly) figures.newThisMonth[key] = (figures.newThisMonth[key] ?? 0) + 1;
  const stage = stageOf(row, milestoneKeys);
  figures.stages[stage] = (figures.stages[stage] ?? 0) + 1;
  figures.statuses[row.status] += 1;
}

/**
 * Figures for the street and every community as of snapshot `i` (dataset order), in one pass.
 * Rows whose building is not in the registry are skipped (the loader rejects them anyway).
 */
export function monthFigures(index: DatasetIndex, i: number): MonthFigures {
  const snapshot = index.dataset.snapshots[i];
  if (!snapshot) throw new RangeError(`no snapshot at index ${i}`);
  const previous = index.dataset.snapshots[i - 1];
  const previousRows = index.rowsById[i - 1];
  const keys = index.milestoneKeys;

  const street = emptyFigures(snapshot.month, keys, index.streetRegistry);
  const communities = new Map<string, Figures>();
  for (const [id, registry] of index.communityRegistry) {
    communities.set(id, emptyFigures(snapshot.month, keys, registry));
  }

  for (const row of snapshot.rows) {
    const building = index.buildingsById.get(row.buildingId);
    if (!building) continue;
    const previousRow = previousRows?.get(row.buildingId);
    const newly = newlyReached(row, previousRow, snapshot.month, previous?.month, keys, index.corrections);
    addRow(street, row, building, newly, keys);
    const community = communities.get(building.communityId);
    if (community) addRow(community, row, building, newly, keys);
  }
  return { street, communities };
}
