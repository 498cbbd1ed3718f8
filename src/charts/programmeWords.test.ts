// Every chart in another programme's words: summaries, labels, hover titles and tables say 小区 and 个,
// never the elevator programme's words.
import { describe, expect, it } from 'vitest';
import { layoutCommunities, type CommunitiesInput } from './communities/layout.ts';
import { communitiesScene } from './communities/scene.ts';
import { communitiesTable } from './communities/table.ts';
import { layoutFunnel, type FunnelInput } from './funnel/layout.ts';
import { funnelScene } from './funnel/scene.ts';
import { funnelTable } from './funnel/table.ts';
import { layoutMap, type MapInput } from './map/layout.ts';
import { mapScene } from './map/scene.ts';
import { mapTable } from './map/table.ts';
import { toSvgString } from './svg.ts';
import type { TableModel } from './table.ts';
import { layoutTrend, type TrendInput } from './trend/layout.ts';
import { trendScene } from './trend/scene.ts';
import { trendTable } from './trend/table.ts';
import type { ChartWords } from './type.ts';
import { charts } from '../i18n/zh-CN/charts.ts';

const words: ChartWords = { noun: '小区', counter: '个', item: '小区', ineligible: '未纳入改造计划' };
const milestones = [
  { key: 'consult', label: '方案征询' },
  { key: 'design', label: '设计' },
  { key: 'build', label: '施工' },
  { key: 'accepted', label: '竣工验收' },
];
const ELEVATOR = /栋|楼|电梯|加装|层数|户数/;

const tableText = (table: TableModel): string =>
  [table.caption, ...table.head, ...table.rows.flatMap((r) => r.cells)].join(' ');

describe('charts in another programme’s words', () => {
  it('funnel', () => {
    const input: FunnelInput = {
      scopeName: '测试街',
      eligible: 6,
      reached: { consult: 5, design: 4, build: 2, accepted: 1 },
      milestones,
      words,
      text: charts,
    };
    const layout = layoutFunnel(input);
    expect(layout.summary).toBe(
      '测试街符合条件的6个小区中，5个（83%）已完成「方案征询」，2个（33%）已完成「施工」，1个（17%）已完成「竣工验收」。',
    );
    expect(layoutFunnel({ ...input, milestones: [] }).summary).toBe('测试街符合条件的小区共6个。');
    expect(layout.rows[1]?.valueText).toBe('5个 · 83%');
    expect(funnelTable(layout, '漏斗', words, charts).head).toEqual(['步骤', '小区', '占符合条件']);
    const text = `${toSvgString(funnelScene(layout, 'f', '漏斗'))} ${tableText(funnelTable(layout, '漏斗', words, charts))}`;
    expect(text).not.toMatch(ELEVATOR);
  });

  it('trend', () => {
    const input: TrendInput = {
      scopeName: '测试街',
      series: [
        { month: '2025-01', eligible: 6, reached: { consult: 3, design: 1, build: 0, accepted: 0 } },
        { month: '2025-02', eligible: 6, reached: { consult: 5, design: 4, build: 2, accepted: 1 } },
      ],
      milestones,
      goal: { label: '十个小区', milestone: 'build', target: 10 },
      forecast: { milestone: 'accepted', month: '2025-06', windowMonths: 2 },
      words,
      text: charts,
    };
    const layout = layoutTrend(input);
    expect(layout.summary).toMatch(/^2025年1月至2025年2月，测试街「竣工验收」的小区从0个增加到1个；/);
    expect(layout.summary).toContain('「十个小区」目标10个，已完成2个');
    expect(layout.goal?.text).toBe('目标：十个小区 10个');
    expect(layout.forecast?.text).toMatch(/^预计\d+个$/);
    const text = `${toSvgString(trendScene(layout, 't', '趋势'))} ${tableText(trendTable(input, '趋势'))}`;
    expect(text).not.toMatch(ELEVATOR);
  });

  it('communities', () => {
    const input: CommunitiesInput = {
      scopeName: '测试街',
      milestones,
      highlight: 'accepted',
      communities: [{ id: 'a', name: '甲社区', stages: { none: 1, build: 2, accepted: 3 } }],
      words,
      text: charts,
    };
    const layout = layoutCommunities(input);
    expect(layout.bars[0]?.caption).toBe('共6个，竣工验收3个');
    expect(layout.bars[0]?.segments.map((s) => s.title)).toContain('竣工验收：3个');
    expect(layout.summary).toBe('测试街1个社区中，「竣工验收」比例最高的是甲社区（3个，50%）。');
    const text = `${toSvgString(communitiesScene(layout, 'c', '社区'))} ${tableText(communitiesTable(input, '社区'))}`;
    expect(text).not.toMatch(ELEVATOR);
  });

  it('map', () => {
    const input: MapInput = {
      scopeName: '测试街',
      milestones,
      communities: [{ id: 'a', name: '甲社区' }],
      buildings: [
        {
          id: 'p',
          address: '甲小区',
          communityId: 'a',
          eligible: true,
          stage: 'build',
          lat: 23.14,
          lng: 113.24,
        },
        {
          id: 'q',
          address: '乙小区',
          communityId: 'a',
          eligible: false,
          stage: 'none',
          lat: 23.15,
          lng: 113.25,
        },
        { id: 'r', address: '丙小区', communityId: 'a', eligible: true, stage: 'design' },
      ],
      words,
      text: charts,
    };
    const layout = layoutMap(input);
    expect(layout.summary).toBe(
      '示意图按经纬度标出测试街2个小区，颜色越深表示进展越靠后；另有1个没有位置信息，只列在下方表格中。',
    );
    expect(layout.points.map((p) => p.title)).toContain('乙小区：未纳入改造计划');
    const table = mapTable(input, layout, '分布');
    expect(table.head[0]).toBe('没有位置信息的小区');
    const placed = mapTable(
      { ...input, buildings: input.buildings.slice(0, 2) },
      layoutMap({ ...input, buildings: input.buildings.slice(0, 2) }),
      '分布',
    );
    expect(placed.rows[0]?.cells[1]).toBe('全部小区都已标在图上');
    expect(`${toSvgString(mapScene(layout, 'm', '分布'))} ${tableText(table)}`).not.toMatch(ELEVATOR);
  });
});
