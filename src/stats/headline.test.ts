import { describe, expect, it } from 'vitest';
import { makeBuilding, makeCommunity, makeReport, makeRow } from '../../tests/factories.ts';
import { figures as text } from '../i18n/zh-CN/figures.ts';
import { headlineEntries, headlineItems, stateHeadline } from './headline.ts';
import { NO_STAGE, type BuildingState, type Figures } from './types.ts';

const f = {
  month: '2025-09',
  buildings: 12,
  eligible: 10,
  reached: { in_service: 3, permit: 6, subsidy: 1, group_formed: 9 },
  stages: { [NO_STAGE]: 1, group_formed: 2, permit: 2, construction: 4 },
} as unknown as Figures;

describe('headlineItems', () => {
  it("falls back to the elevator figures a report.json without `headline` has, in the table's words", () => {
    const { headline: _, ...report } = makeReport();
    expect(headlineEntries(report)).toEqual([
      'in_service',
      { pending: 'in_service' },
      'permit',
      'subsidy',
      'group_formed',
    ]);
    expect(headlineItems(report, f, text).map((i) => [i.key, i.label, i.count])).toEqual([
      ['in_service', '已投入使用', 3],
      // Working towards in service = the furthest step reached is the one before it (开工).
      ['in_service_pending', '下一步：投入使用', 4],
      ['permit', '已规划许可', 6],
      ['subsidy', '已补贴拨付', 1],
      ['group_formed', '已成立筹备组', 9],
    ]);
  });

  it('falls back to the last three required milestones of another programme, latest first', () => {
    const milestones = ['survey', 'plan', 'pipes', 'works', 'accepted'].map((key) => ({
      key,
      label: key,
      description: '',
      ...(key === 'pipes' ? { optional: true } : {}),
    }));
    expect(headlineEntries({ milestones })).toEqual(['accepted', 'works', 'plan']);
  });

  it('counts the entries working towards the first milestone as those with no stage', () => {
    const report = makeReport({ headline: [{ pending: 'group_formed' }] });
    expect(headlineItems(report, f, text)).toMatchObject([
      { key: 'group_formed_pending', label: '下一步：成立筹备组', count: 1 },
    ]);
  });
});

describe('stateHeadline', () => {
  const state = (overrides: Partial<BuildingState>): BuildingState => ({
    building: makeBuilding(),
    community: makeCommunity(),
    row: undefined,
    stage: NO_STAGE,
    firstSeen: {},
    ...overrides,
  });

  it("says where a building stands in the programme's words", () => {
    const report = makeReport();
    const row = makeRow({ dates: { group_formed: '2025-01-10', consent: '2025-03-01' } });
    expect(stateHeadline(report, state({ row, stage: 'consent' }), text)).toBe('下一步：批前公示 · 第3/7步');
    expect(stateHeadline(report, state({}), text)).toBe('尚未成立筹备组');
    const outside = state({ building: makeBuilding({ eligible: false }) });
    expect(stateHeadline(report, outside, text)).toBe('不在加装范围');
    const estates = makeReport({
      entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' },
    });
    expect(stateHeadline(estates, outside, text)).toBe('未纳入改造计划');
    expect(stateHeadline(report, state({ row: { ...row, status: 'withdrawn' } }), text)).toBe(
      '已撤回（曾完成第2步：业主表决通过）',
    );
  });
});
