// Figures (reached, stages, new this month, statuses) for the street and every community.
import type { Month, Status } from '../data/types.ts';
import type { DatasetIndex, RegistryCounts } from './datasetIndex.ts';
import { newlyReached } from './newlyReached.ts';
import { NO_STAGE, type Figures, type IndexedRow } from './types.ts';

export interface MonthFigures {
  street: Figures;
  /** Community id → figures; every community of the dataset, including empty ones. */
  communities: Map<string, Figures>;
}

/** Figures with every milestone, stage and status present and zero. */
export function emptyFigures(
  month: Month,
  milestoneKeys: readonly string[],
  registry: RegistryCounts,
): Figures {
  return toFigures(newTally(milestoneKeys.length), month, milestoneKeys, registry);
}

/**
 * Figures for the street and every community as of snapshot `i` (dataset order), in one pass.
 * Rows whose building is not in the registry are skipped (the loader rejects them anyway).
 */
export function monthFigures(index: DatasetIndex, i: number): MonthFigures {
  const snapshot = index.dataset.snapshots[i];
  const rows = index.rows[i];
  if (!snapshot || !rows) throw new RangeError(`no snapshot at index ${i}`);
  const previousMonth = index.dataset.snapshots[i - 1]?.month;
  const previousRows = index.rowsById[i - 1];
  const keys = index.milestoneKeys;

  // The registry as it was this month: a building counts in the community it belonged to then.
  const registry = index.registries[i] ?? {
    street: index.streetRegistry,
    communities: index.communityRegistry,
  };
  const street = newTally(keys.length);
  const communities = new Map<string, Tally>();
  for (const id of registry.communities.keys()) communities.set(id, newTally(keys.length));

  for (const current of rows) {
    const building = current.building;
    if (!building) continue;
    const previous = previousRows?.get(current.row.buildingId);
    const newly = newlyReached(current, previous, snapshot.month, previousMonth, keys, index.corrections);
    addRow(street, current, building.residents ?? 0, newly);
    const community = communities.get(building.communityId);
    if (community) addRow(community, current, building.residents ?? 0, newly);
  }

  const byCommunity = new Map<string, Figures>();
  for (const [id, tally] of communities) {
    const counts = registry.communities.get(id) ?? { buildings: 0, eligible: 0, residents: 0 };
    byCommunity.set(id, toFigures(tally, snapshot.month, keys, counts));
  }
  return { street: toFigures(street, snapshot.month, keys, registry.street), communities: byCommunity };
}

/** Counts by milestone index while scanning rows; turned into records once at the end. */
interface Tally {
  reached: number[];
  residentsReached: number[];
  /** By milestone index; the extra last slot is NO_STAGE. */
  stages: number[];
  newThisMonth: number[];
  statuses: Record<Status, number>;
}

function newTally(milestones: number): Tally {
  const zeros = (n: number): number[] => new Array<number>(n).fill(0);
  return {
    reached: zeros(milestones),
    residentsReached: zeros(milestones),
    stages: zeros(milestones + 1),
    newThisMonth: zeros(milestones),
    statuses: { active: 0, paused: 0, disputed: 0, withdrawn: 0 },
  };
}

function addRow(tally: Tally, current: IndexedRow, residents: number, newly: readonly number[]): void {
  const { dates } = current;
  for (let k = 0; k < dates.length; k += 1) {
    if (dates[k] === undefined) continue;
    tally.reached[k] = (tally.reached[k] ?? 0) + 1;
    tally.residentsReached[k] = (tally.residentsReached[k] ?? 0) + residents;
  }
  for (const k of newly) tally.newThisMonth[k] = (tally.newThisMonth[k] ?? 0) + 1;
  const slot = current.stage < 0 ? dates.length : current.stage;
  tally.stages[slot] = (tally.stages[slot] ?? 0) + 1;
  tally.statuses[current.row.status] += 1;
}

function toFigures(tally: Tally, month: Month, keys: readonly string[], registry: RegistryCounts): Figures {
  const record = (values: readonly number[]): Record<string, number> =>
    Object.fromEntries(keys.map((key, k) => [key, values[k] ?? 0]));
  return {
    month,
    buildings: registry.buildings,
    eligible: registry.eligible,
    residents: registry.residents,
    reached: record(tally.reached),
    residentsReached: record(tally.residentsReached),
    stages: { [NO_STAGE]: tally.stages[keys.length] ?? 0, ...record(tally.stages) },
    newThisMonth: record(tally.newThisMonth),
    statuses: { ...tally.statuses },
  };
}
