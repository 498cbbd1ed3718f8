import { describe, expect, it } from 'vitest';
import { makeBuilding, makeMilestones } from '../../tests/factories.ts';
import type { MonthChanges } from '../stats/types.ts';
import { changeGroups } from './changesView.ts';

const a = makeBuilding({ id: 'a', address: '甲路1号', communityId: 'c1' });
const b = makeBuilding({ id: 'b', address: '乙路1号', communityId: 'c2' });
const byId = (id: string) => (id === 'a' ? a : b);
const changes: MonthChanges = {
  month: '2025-09',
  previous: '2025-08',
  reached: [
    { buildingId: 'a', milestone: 'permit', date: '2025-09-10' },
    { buildingId: 'b', milestone: 'in_service', date: '2025-09-03' },
    { buildingId: 'b', milestone: 'permit', date: '2025-09-01' },
  ],
  statusChanges: [],
  added: [],
  removed: [],
  corrections: [],
};

describe('changeGroups', () => {
  it('groups by milestone, furthest first, then by date', () => {
    const g = changeGroups(changes, makeMilestones(), byId);
    expect(g.map((x) => x.label)).toEqual(['投入使用', '规划许可']);
    expect(g[1]?.buildings.map((x) => x.id)).toEqual(['b', 'a']);
  });
  it('limits to a scope', () => {
    const g = changeGroups(changes, makeMilestones(), byId, (x) => x.communityId === 'c1');
    expect(g).toEqual([
      { key: 'permit', label: '规划许可', buildings: [{ id: 'a', address: '甲路1号', date: '2025-09-10' }] },
    ]);
  });
  it('is empty without changes', () => {
    expect(changeGroups(undefined, makeMilestones(), byId)).toEqual([]);
  });
});
