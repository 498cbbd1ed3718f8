import { describe, expect, it } from 'vitest';
import { makeBuilding, makeCorrection, makeReport } from '../../tests/factories.ts';
import type { MonthChanges } from '../stats/types.ts';
import { feeds } from '../i18n/zh-CN/feeds.ts';
import { summariseChanges, summaryText } from './changesSummary.ts';

const report = makeReport();
const buildings = [
  makeBuilding({ id: 'a', address: '西湾路1号' }),
  makeBuilding({ id: 'b', address: '西湾路2号' }),
  makeBuilding({ id: 'c', address: '西增路3号' }),
];

function changes(overrides: Partial<MonthChanges> = {}): MonthChanges {
  return {
    month: '2025-09',
    previous: '2025-08',
    reached: [],
    statusChanges: [],
    added: [],
    removed: [],
    corrections: [],
    ...overrides,
  };
}

describe('summariseChanges', () => {
  it('lists milestones in report order, status changes, additions and corrections', () => {
    const summary = summariseChanges(
      changes({
        reached: [
          { buildingId: 'a', milestone: 'permit', date: '2025-09-03' },
          { buildingId: 'b', milestone: 'group_formed', date: '2025-09-10' },
          { buildingId: 'c', milestone: 'permit', date: '2025-09-12' },
        ],
        statusChanges: [{ buildingId: 'b', from: 'active', to: 'disputed' }],
        added: ['c'],
        corrections: [makeCorrection({ month: '2025-09', buildingId: 'a' })],
      }),
      report,
      buildings,
      feeds,
    );
    expect(summaryText(summary, feeds)).toBe(
      [
        '2025年9月（与2025年8月相比）',
        '· 成立筹备组：1栋',
        '    西湾路2号',
        '· 规划许可：2栋',
        '    西湾路1号',
        '    西增路3号',
        '· 状态变化：1栋',
        '    西湾路2号：正常→争议中',
        '· 新纳入跟踪：1栋',
        '    西增路3号',
        '· 更正：1处',
        '    西湾路1号 规划许可：2025-01-10 → 2025-01-20（2025-02-05更正：录入错误，以许可证日期为准）',
        '',
      ].join('\n'),
    );
  });

  it('caps long lists and does not call the first month "added"', () => {
    const summary = summariseChanges(
      changes({
        previous: undefined,
        added: ['a', 'b', 'c'],
        reached: ['a', 'b', 'c'].map((id) => ({
          buildingId: id,
          milestone: 'group_formed',
          date: '2025-09-01',
        })),
      }),
      report,
      buildings,
      feeds,
      { maxNames: 2 },
    );
    expect(summary.items).toEqual([
      {
        heading: '成立筹备组：3栋',
        entries: [
          { text: '西湾路1号', buildingId: 'a' },
          { text: '西湾路2号', buildingId: 'b' },
          { text: '等3栋' },
        ],
      },
    ]);
    expect(summaryText(summary, feeds)).toContain('2025年9月（首次发布）');
  });

  it('lists a late report as 补录, apart from corrections of published dates', () => {
    const summary = summariseChanges(
      changes({
        reached: [{ buildingId: 'b', milestone: 'permit', date: '2025-06-20' }],
        corrections: [
          makeCorrection({
            month: '2025-09',
            buildingId: 'b',
            oldValue: '',
            newValue: '2025-06-20',
            date: '2025-09-20',
            reason: '许可证迟报',
          }),
          makeCorrection({ month: '2025-09', buildingId: 'a' }),
        ],
      }),
      report,
      buildings,
      feeds,
    );
    const text = summaryText(summary, feeds);
    expect(text).toContain('· 补录：1处\n    西湾路2号 规划许可：2025-06-20（2025-09-20补录：许可证迟报）');
    expect(text).toContain('· 更正：1处\n    西湾路1号 规划许可：2025-01-10 → 2025-01-20');
  });

  it('shows the declared months without a snapshot between this month and the previous one', () => {
    const withSkipped = makeReport({
      skippedMonths: [
        { month: '2025-07', reason: '系统升级，未统计' },
        { month: '2025-03', reason: '更早的空缺' },
      ],
    });
    const summary = summariseChanges(changes({ previous: '2025-06' }), withSkipped, buildings, feeds);
    expect(summary.items).toEqual([
      { heading: '未统计的月份：1个', entries: [{ text: '2025年7月：系统升级，未统计' }] },
    ]);
    expect(summaryText(summariseChanges(changes(), withSkipped, buildings, feeds), feeds)).toContain(
      '本月没有变化',
    );
  });

  it("counts in the programme's measure word", () => {
    const estates = makeReport({
      entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' },
    });
    const summary = summariseChanges(
      changes({
        reached: ['a', 'b', 'c'].map((id) => ({ buildingId: id, milestone: 'permit', date: '2025-09-03' })),
        statusChanges: [{ buildingId: 'b', from: 'active', to: 'paused' }],
        removed: ['c'],
      }),
      estates,
      buildings,
      feeds,
      { maxNames: 2 },
    );
    expect(summary.items.map((i) => i.heading)).toEqual(['规划许可：3个', '状态变化：1个', '不再跟踪：1个']);
    expect(summary.items[0]?.entries.at(-1)).toEqual({ text: '等3个' });
    expect(summaryText(summary, feeds)).not.toContain('栋');
  });

  it('says when nothing changed', () => {
    expect(summaryText(summariseChanges(changes(), report, buildings, feeds), feeds)).toBe(
      '2025年9月（与2025年8月相比）\n本月没有变化。\n',
    );
  });
});
