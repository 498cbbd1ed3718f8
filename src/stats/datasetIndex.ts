// Index a dataset once so every statistic is a lookup, never a scan (10,000 buildings × 24 months).
import type { Building, Community, Dataset, SnapshotRow } from '../data/types.ts';
import { indexCorrections, type CorrectionIndex } from './newlyReached.ts';
import type { IndexedRow } from './types.ts';
import { buildingAt, registryChanges } from './registryAt.ts';

/** Registry counts of one scope; they do not change from month to month. */
export interface RegistryCounts {
  buildings: number;
  eligible: number;
  residents: number;
}

export interface DatasetIndex {
  dataset: Dataset;
  milestoneKeys: string[];
  buildingsById: Map<string, Building>;
  communitiesById: Map<string, Community>;
  /** Per snapshot, in dataset order: indexed rows in file order. */
  rows: IndexedRow[][];
  /** Per snapshot, in dataset order: indexed rows by building id. */
  rowsById: Map<string, IndexedRow>[];
  corrections: CorrectionIndex;
  /** Registry counts today. */
  streetRegistry: RegistryCounts;
  /** Community id → registry counts today; every community, including empty ones. */
  communityRegistry: Map<string, RegistryCounts>;
  /** Per snapshot, in dataset order: registry counts as they were that month (registry changes). */
  registries: { street: RegistryCounts; communities: Map<string, RegistryCounts> }[];
}

/** Registry counts of the street and every community for `buildings`. */
function registryCounts(
  buildings: readonly Building[],
  communityIds: Iterable<string>,
): { street: RegistryCounts; communities: Map<string, RegistryCounts> } {
  const street = zeroCounts();
  const communities = new Map<string, RegistryCounts>([...communityIds].map((id) => [id, zeroCounts()]));
  for (const building of buildings) {
    addToCounts(street, building);
    const counts = communities.get(building.communityId);
    if (counts) addToCounts(counts, building);
  }
  return { street, communities };
}

/** Build the lookup tables every statistic uses, in one pass over the data. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const milestoneKeys = dataset.report.milestones.map((m) => m.key);
  const buildingsById = new Map(dataset.buildings.map((b) => [b.id, b]));
  const communitiesById = new Map(dataset.communities.map((c) => [c.id, c]));
  const communityIds = dataset.communities.map((c) => c.id);
  const today = registryCounts(dataset.buildings, communityIds);
  const changes = registryChanges(dataset.corrections);
  // Each month sees the registry as it was then; without registry changes that is today's for all.
  const monthly = dataset.snapshots.map((s) => {
    if (changes.size === 0) return { byId: buildingsById, counts: today };
    const then = dataset.buildings.map((b) => buildingAt(b, changes.get(b.id) ?? [], s.month));
    return { byId: new Map(then.map((b) => [b.id, b])), counts: registryCounts(then, communityIds) };
  });
  const rows = dataset.snapshots.map((s, i) =>
    s.rows.map((row) => indexRow(row, monthly[i]?.byId.get(row.buildingId), milestoneKeys)),
  );
  return {
    dataset,
    milestoneKeys,
    buildingsById,
    communitiesById,
    rows,
    rowsById: rows.map((list) => new Map(list.map((r) => [r.row.buildingId, r]))),
    corrections: indexCorrections(dataset.corrections),
    streetRegistry: today.street,
    communityRegistry: today.communities,
    registries: monthly.map((m) => m.counts),
  };
}

/** Index one row: its dates in milestone order and its stage. */
export function indexRow(
  row: SnapshotRow,
  building: Building | undefined,
  milestoneKeys: readonly string[],
): IndexedRow {
  const dates = milestoneKeys.map((key) => row.dates[key]);
  let stage = -1;
  for (let i = 0; i < dates.length; i += 1) if (dates[i] !== undefined) stage = i;
  return { row, building, dates, stage };
}

function zeroCounts(): RegistryCounts {
  return { buildings: 0, eligible: 0, residents: 0 };
}

function addToCounts(counts: RegistryCounts, building: Building): void {
  counts.buildings += 1;
  if (building.eligible) counts.eligible += 1;
  counts.residents += building.residents ?? 0;
}
