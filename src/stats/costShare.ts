// The guide's worked example of sharing an elevator's cost by floor: pure arithmetic on report.json figures.
import type { CostExample } from '../data/types.ts';

export interface FloorShare {
  /** 1 = ground floor. */
  floor: number;
  weight: number;
  /** What the floor's households pay together, in yuan. */
  floorYuan: number;
  /** What one household on the floor pays, in yuan. */
  householdYuan: number;
}

export interface CostShare {
  costYuan: number;
  subsidyYuan: number;
  /** Cost minus subsidy: what the owners share. */
  ownersYuan: number;
  floors: FloorShare[];
}

/**
 * Splits cost minus subsidy over the floors in proportion to their weights, each floor's share
 * equally over its households. Amounts are exact (not rounded): the page rounds for display.
 */
export function costShare(example: CostExample, subsidyYuan = 0): CostShare {
  const ownersYuan = Math.max(0, example.costYuan - subsidyYuan);
  const total = example.floorWeights.reduce((sum, w) => sum + w, 0);
  const floors = example.floorWeights.map((weight, i) => {
    const floorYuan = total > 0 ? (ownersYuan * weight) / total : 0;
    return { floor: i + 1, weight, floorYuan, householdYuan: floorYuan / example.householdsPerFloor };
  });
  return {
    costYuan: example.costYuan,
    subsidyYuan: Math.min(subsidyYuan, example.costYuan),
    ownersYuan,
    floors,
  };
}
