import { describe, expect, it } from 'vitest';
import { makeBuilding, makeCommunity, makeReport } from '../../tests/factories.ts';
import { buildingIndex } from './buildingIndex.ts';
import { common } from '../i18n/zh-CN/common.ts';

describe('buildingIndex', () => {
  const report = makeReport();
  const communities = [makeCommunity({ id: 'a', name: '甲' }), makeCommunity({ id: 'b', name: '乙' })];
  const buildings = [
    makeBuilding({ id: 'a10', communityId: 'a', address: '甲路10号' }),
    makeBuilding({ id: 'b1', communityId: 'b', address: '乙路1号', eligible: false }),
    makeBuilding({ id: 'a2', communityId: 'a', address: '甲路2号' }),
  ];
  const groups = buildingIndex(communities, buildings, () => 'permit', report, common);

  it('lists every building once, under its community, in numeric address order', () => {
    expect(groups.map((g) => [g.community.id, g.entries.map((e) => e.id)])).toEqual([
      ['a', ['a2', 'a10']],
      ['b', ['b1']],
    ]);
  });
  it('names the current stage, or says the building is not in the programme', () => {
    const label = report.milestones.find((m) => m.key === 'permit')?.label;
    expect(groups[0]?.entries[0]?.stageText).toBe(label);
    expect(groups[1]?.entries[0]?.stageText).toBe('不在加装范围');
  });
});
