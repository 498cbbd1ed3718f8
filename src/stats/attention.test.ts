import { describe, expect, it } from 'vitest';
import { makeBuilding, makeCommunity, makeDataset, makeRow, makeSnapshot } from '../../tests/factories.ts';
import { attentionList } from './attention.ts';

// Five buildings made group_formed → consent in 1, 2, 3, 4, 5 months (Jan 1 → Feb 1 … Jun 1):
// 31, 59, 90, 120, 151 days, so the 75th percentile is 120 days (≈3.9 months).
const made = ['2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01'].map((consent, i) =>
  makeRow({ buildingId: `m${i}`, dates: { group_formed: '2025-01-01', consent } }),
);

function dataset() {
  const buildings = [
    ...made.map((r) => makeBuilding({ id: r.buildingId, communityId: 'c2' })),
    makeBuilding({ id: 'slow', communityId: 'c2' }),
    makeBuilding({ id: 'fresh', communityId: 'c2' }),
    makeBuilding({ id: 'none', communityId: 'c1' }),
    makeBuilding({ id: 'held', communityId: 'c2' }),
    makeBuilding({ id: 'gone', communityId: 'c2' }),
    makeBuilding({ id: 'out', communityId: 'c1', eligible: false }),
  ];
  const rows = [
    ...made,
    makeRow({ buildingId: 'slow', dates: { group_formed: '2025-04-01' }, note: '等设计单位' }), // 182 days at 2025-09-30
    makeRow({ buildingId: 'fresh', dates: { group_formed: '2025-08-01' } }), // 60 days
    makeRow({ buildingId: 'held', status: 'paused', dates: { group_formed: '2025-09-01' } }),
    makeRow({ buildingId: 'gone', status: 'withdrawn', dates: { group_formed: '2024-01-01' } }),
  ];
  return makeDataset({
    communities: [makeCommunity({ id: 'c1' }), makeCommunity({ id: 'c2', name: '二社区' })],
    buildings,
    snapshots: [makeSnapshot('2025-09', rows)],
  });
}

describe('attentionList', () => {
  it('lists slow, paused and group-less buildings by community; never withdrawn or ineligible ones', () => {
    const list = attentionList(dataset(), '2025-09');
    expect(list?.items.map((i) => `${i.communityId} ${i.buildingId} ${i.reason}`)).toEqual([
      'c1 none no_group',
      'c2 held paused',
      'c2 slow slow',
    ]);
    const slow = list?.items.find((i) => i.buildingId === 'slow');
    expect(slow?.monthsAtStage).toBeCloseTo(182 / 30.4375, 10);
    expect(slow?.p75).toBeCloseTo(120 / 30.4375, 10);
    expect(slow?.note).toBe('等设计单位');
  });

  it('is undefined for a month without a snapshot', () => {
    expect(attentionList(dataset(), '2025-08')).toBeUndefined();
  });
});
