import { describe, expect, it } from 'vitest';
import { makeBuilding, makeCommunity, makeReport, makeRow } from '../../tests/factories.ts';
import type { BuildingState } from '../stats/types.ts';
import { buildingRows } from './buildingTable.ts';
import { common } from '../i18n/zh-CN/common.ts';

const community = makeCommunity();
const state = (address: string, stage: string, eligible = true): BuildingState => {
  const building = makeBuilding({ address, eligible });
  return {
    building,
    community,
    stage,
    firstSeen: {},
    row: eligible
      ? makeRow({ buildingId: building.id, dates: stage === 'none' ? {} : { [stage]: '2025-01-02' } })
      : undefined,
  };
};

describe('buildingRows', () => {
  it('sorts furthest stage first, then address with numbers in numeric order, ineligible last', () => {
    const rows = buildingRows(
      [
        state('西路10号', 'permit'),
        state('西路2号', 'permit'),
        state('东路1号', 'in_service'),
        state('北路1号', 'none', false),
        state('南路1号', 'none'),
      ],
      makeReport(),
      common,
    );
    expect(rows.map((r) => r.address)).toEqual(['东路1号', '西路2号', '西路10号', '南路1号', '北路1号']);
    expect(rows.map((r) => r.stageText)).toEqual([
      '投入使用',
      '规划许可',
      '规划许可',
      '尚未成立筹备组',
      '不在加装范围',
    ]);
    expect(rows[0]?.since).toBe('2025-01-02');
    expect(rows[0]?.statusText).toBe('正常');
  });
});
