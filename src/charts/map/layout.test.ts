import { describe, expect, it } from 'vitest';
import { ELEVATOR_ENTITY } from '../../data/programmeWords.ts';
import { makeMilestones } from '../../../tests/factories.ts';
import { layoutMap, type MapInput } from './layout.ts';
import { charts } from '../../i18n/zh-CN/charts.ts';

const input: MapInput = {
  scopeName: '测试街',
  words: ELEVATOR_ENTITY,
  text: charts,
  milestones: makeMilestones(),
  communities: [
    { id: 'a', name: '甲社区' },
    { id: 'b', name: '乙社区' },
  ],
  buildings: [
    {
      id: 'w',
      address: '西1号',
      communityId: 'a',
      eligible: true,
      stage: 'in_service',
      lat: 23.14,
      lng: 113.24,
    },
    { id: 'e', address: '东1号', communityId: 'b', eligible: true, stage: 'none', lat: 23.14, lng: 113.26 },
    { id: 'n', address: '北1号', communityId: 'b', eligible: false, stage: 'none', lat: 23.15, lng: 113.26 },
    { id: 'x', address: '无坐标1号', communityId: 'a', eligible: true, stage: 'permit' },
  ],
};

describe('layoutMap', () => {
  const layout = layoutMap(input, 360);

  it('places west left of east and north above south, inside the frame', () => {
    const [w, e, n] = layout.points;
    expect(w!.x).toBeLessThan(e!.x);
    expect(n!.y).toBeLessThan(e!.y);
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(360);
      expect(p.y).toBeLessThanOrEqual(layout.height);
    }
  });

  it('keeps a real aspect ratio (equirectangular): equal degrees, equal pixels', () => {
    const [, e, n] = layout.points;
    const [w] = layout.points;
    expect(Math.abs(e!.x - w!.x)).toBeCloseTo(2 * Math.abs(n!.y - e!.y), 0);
  });

  it('lists buildings without coordinates instead of placing them', () => {
    expect(layout.unplaced).toEqual(['x']);
    expect(layout.summary).toContain('另有1栋没有位置信息');
  });

  it('draws ineligible buildings hollow and names the stage in each title', () => {
    expect(layout.points[2]?.fill).toBe('#ffffff');
    expect(layout.points[0]?.title).toBe('西1号：投入使用');
    expect(layout.points[2]?.title).toBe('北1号：不在加装范围');
  });

  it('labels each community once, without overlapping labels', () => {
    expect(layout.labels.map((l) => l.text)).toEqual(['甲社区', '乙社区']);
  });

  it('returns an empty map when no building has coordinates', () => {
    const none = layoutMap({ ...input, buildings: input.buildings.slice(3) });
    expect(none.points).toEqual([]);
    expect(none.height).toBe(0);
  });
});
