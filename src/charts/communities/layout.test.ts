import { describe, expect, it } from 'vitest';
import { ELEVATOR_ENTITY } from '../../data/programmeWords.ts';
import { makeMilestones } from '../../../tests/factories.ts';
import { layoutCommunities, type CommunitiesInput } from './layout.ts';
import { charts } from '../../i18n/zh-CN/charts.ts';

const input: CommunitiesInput = {
  scopeName: '测试街',
  words: ELEVATOR_ENTITY,
  text: charts,
  milestones: makeMilestones(),
  highlight: 'in_service',
  communities: [
    { id: 'a', name: '甲社区', stages: { none: 2, group_formed: 3, in_service: 4, subsidy: 1 } },
    { id: 'b', name: '乙社区', stages: { none: 5 } },
  ],
};

describe('layoutCommunities', () => {
  const layout = layoutCommunities(input, 300);

  it('stacks stages in order on a shared scale, skipping empty ones', () => {
    const a = layout.bars[0]!;
    expect(a.segments.map((s) => s.stage)).toEqual(['none', 'group_formed', 'in_service', 'subsidy']);
    expect(a.segments.map((s) => s.width)).toEqual([60, 90, 120, 30]);
    expect(a.segments[1]?.x).toBe(60);
    expect(layout.bars[1]!.segments[0]?.width).toBe(150);
  });

  it('prints counts inside segments that fit them', () => {
    expect(layout.bars[0]!.segments.map((s) => s.text)).toEqual(['2', '3', '4', '1']);
  });

  it('captions each community with its total and buildings at or beyond the highlight', () => {
    expect(layout.bars[0]?.caption).toBe('共10栋，投入使用5栋');
  });

  it('wraps the legend inside the width and puts bars below it', () => {
    for (const item of layout.legend) expect(item.x).toBeLessThan(300);
    expect(layout.bars[0]!.textY).toBeGreaterThan(layout.legend.at(-1)!.y);
  });

  it('summarises the community furthest along', () => {
    expect(layout.summary).toBe('测试街2个社区中，「投入使用」比例最高的是甲社区（5栋，50%）。');
  });
});

describe('communitiesTable', () => {
  it('lists stage counts and totals per community, linked', async () => {
    const { communitiesTable } = await import('./table.ts');
    const t = communitiesTable(input, '社区', (id) => `/c/${id}/`);
    expect(t.rows[0]?.cells).toEqual(['甲社区', '2', '3', '0', '0', '0', '0', '4', '1', '10']);
    expect(t.rows[0]?.href).toBe('/c/a/');
  });
});
