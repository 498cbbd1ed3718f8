import { describe, expect, it } from 'vitest';
import { costShare } from './costShare.ts';

describe('costShare', () => {
  it('splits cost minus subsidy by floor weight, then by household', () => {
    // 500,000 − 100,000 = 400,000 over weights 0+1+1+2 = 4 → 0, 100,000, 100,000, 200,000; 2 households a floor.
    const share = costShare(
      { costYuan: 500_000, householdsPerFloor: 2, floorWeights: [0, 1, 1, 2] },
      100_000,
    );
    expect(share.ownersYuan).toBe(400_000);
    expect(share.floors).toEqual([
      { floor: 1, weight: 0, floorYuan: 0, householdYuan: 0 },
      { floor: 2, weight: 1, floorYuan: 100_000, householdYuan: 50_000 },
      { floor: 3, weight: 1, floorYuan: 100_000, householdYuan: 50_000 },
      { floor: 4, weight: 2, floorYuan: 200_000, householdYuan: 100_000 },
    ]);
    expect(share.floors.reduce((s, f) => s + f.floorYuan, 0)).toBe(share.ownersYuan);
  });

  it('never lets a subsidy larger than the cost make owners paid', () => {
    const share = costShare({ costYuan: 50_000, householdsPerFloor: 1, floorWeights: [0, 1] }, 100_000);
    expect(share.ownersYuan).toBe(0);
    expect(share.subsidyYuan).toBe(50_000);
    expect(share.floors[1]?.householdYuan).toBe(0);
  });
});
