import { describe, expect, it } from 'vitest';
import {
  makeBuilding,
  makeCommunity,
  makeCorrection,
  makeDataset,
  makeRow,
  makeSnapshot,
} from '../../tests/factories.ts';
import { computeStats } from './computeStats.ts';
import { buildingAt, registryChanges } from './registryAt.ts';

const move = makeCorrection({
  month: '2025-03',
  buildingId: 'b1',
  field: 'community_id',
  oldValue: 'c1',
  newValue: 'c2',
});

describe('buildingAt', () => {
  it('gives the value a field had before the change that takes effect later', () => {
    const b1 = makeBuilding({ id: 'b1', communityId: 'c2', residents: 90, eligible: true });
    const residents = makeCorrection({
      ...move,
      month: '2025-02',
      field: 'residents',
      oldValue: '80',
      newValue: '90',
    });
    const changes = registryChanges([move, residents]).get('b1') ?? [];
    expect(buildingAt(b1, changes, '2025-01')).toMatchObject({ communityId: 'c1', residents: 80 });
    expect(buildingAt(b1, changes, '2025-02')).toMatchObject({ communityId: 'c1', residents: 90 });
    expect(buildingAt(b1, changes, '2025-03')).toMatchObject({ communityId: 'c2', residents: 90 });
  });
});

describe('figures with a moved building', () => {
  it('count it in its old community before the move and in the new one from the move on', () => {
    const dataset = makeDataset({
      communities: [makeCommunity({ id: 'c1', name: '一社区' }), makeCommunity({ id: 'c2', name: '二社区' })],
      buildings: [
        makeBuilding({ id: 'b1', communityId: 'c2' }),
        makeBuilding({ id: 'b2', communityId: 'c1' }),
      ],
      snapshots: ['2025-02', '2025-03'].map((month) =>
        makeSnapshot(month, [
          makeRow({ buildingId: 'b1', dates: { group_formed: '2025-01-10' } }),
          makeRow({ buildingId: 'b2' }),
        ]),
      ),
      corrections: [move],
    });
    const stats = computeStats(dataset);
    const series = (id: string): [number, number | undefined][] =>
      (stats.communities[id]?.series ?? []).map((f) => [f.buildings, f.reached['group_formed']]);
    expect(series('c1')).toEqual([
      [2, 1],
      [1, 0],
    ]);
    expect(series('c2')).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
