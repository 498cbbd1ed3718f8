// Index a dataset once so every statistic is a lookup, never a scan (10,000 buildings × 24 months).
import type { Building, Community, Dataset, SnapshotRow } from '../data/types.ts';
import { indexCorrections, type CorrectionIndex } from './newlyReached.ts';

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
  /** Per snapshot, in dataset order: rows by building id. */
  rowsById: Map<string, SnapshotRow>[];
  corrections: CorrectionIndex;
  streetRegistry: RegistryCounts;
  /** Community id → registry counts; every community, including empty ones. */
  communityRegistry: Map<string, RegistryCounts>;
}

/** Build the lookup tables every statistic uses, in one pass over the data. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const buildingsById = new Map(dataset.buildings.map((b) => [b.id, b]));
  const communitiesById = new Map(dataset.communities.map((c) => [c.id, c]));
  const streetRegistry = zeroCounts();
  const communityRegistry = new Map<string, RegistryCounts>(dataset.communities.map((c) => [c.id, zeroCounts()]));
  for (const building of dataset.buildings) {
    addToCounts(streetRegistry, building);
    const counts = communityRegistry.get(building.communityId);
    if (counts) addToCounts(counts, building);
  }
  return {
    dataset,
    milestoneKeys: dataset.report.milestones.map((m) => m.key),
    buildingsById,
    communitiesById,
    rowsById: dataset.snapshots.map((s) => new Map(s.rows.map((r) => [r.buildingId, r]))),
    corrections: indexCorrections(dataset.corrections),
    streetRegistry,
    communityRegistry,
  };
}

function zeroCounts(): RegistryCounts {
  return { buildings: 0, eligible: 0, residents: 0 };
}

function addToCounts(counts: RegistryCounts, building: Building): void {
  counts.buildings += 1;
  if (building.eligible) counts.eligible += 1;
  counts.residents += building.residents;
}
