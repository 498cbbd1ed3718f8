// Index a dataset once so every statistic is a lookup, never a scan (10,000 buildings × 24 months).
import type { Building, Community, Dataset, IsoDate, SnapshotRow } from '../data/types.ts';
import { indexCorrections, type CorrectionIndex } from './newlyReached.ts';

/** Registry counts of one scope; they do not change from month to month. */
export interface RegistryCounts {
  buildings: number;
  eligible: number;
  residents: number;
}

/**
 * A snapshot row with its dates as an array in milestone order. Rows' `dates` objects all have
 * different shapes, so reading them by key is slow in V8; the hot loops read this array instead.
 */
export interface IndexedRow {
  row: SnapshotRow;
  /** Registry building, undefined if unknown (the loader rejects those). */
  building: Building | undefined;
  /** Date per milestone, in report order. */
  dates: (IsoDate | undefined)[];
  /** Index of the current stage's milestone, -1 for NO_STAGE. */
  stage: number;
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
  streetRegistry: RegistryCounts;
  /** Community id → registry counts; every community, including empty ones. */
  communityRegistry: Map<string, RegistryCounts>;
}

/** Build the lookup tables every statistic uses, in one pass over the data. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const milestoneKeys = dataset.report.milestones.map((m) => m.key);
  const buildingsById = new Map(dataset.buildings.map((b) => [b.id, b]));
  const communitiesById = new Map(dataset.communities.map((c) => [c.id, c]));
  const streetRegistry = zeroCounts();
  const communityRegistry = new Map<string, RegistryCounts>(
    dataset.communities.map((c) => [c.id, zeroCounts()]),
  );
  for (const building of dataset.buildings) {
    addToCounts(streetRegistry, building);
    const counts = communityRegistry.get(building.communityId);
    if (counts) addToCounts(counts, building);
  }
  const rows = dataset.snapshots.map((s) =>
    s.rows.map((row) => indexRow(row, buildingsById.get(row.buildingId), milestoneKeys)),
  );
  return {
    dataset,
    milestoneKeys,
    buildingsById,
    communitiesById,
    rows,
    rowsById: rows.map((list) => new Map(list.map((r) => [r.row.buildingId, r]))),
    corrections: indexCorrections(dataset.corrections),
    streetRegistry,
    communityRegistry,
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
  counts.residents += building.residents;
}
