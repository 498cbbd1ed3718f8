import { describe, expect, it } from 'vitest';
import { ELEVATOR_HEADLINE, makeMilestones, makeReport } from '../../tests/factories.ts';
import type { Figures } from '../stats/types.ts';
import { goalViews, headlineFigures } from './headline.ts';
import { figures as text } from '../i18n/zh-CN/figures.ts';

const figures: Figures = {
  month: '2025-09',
  buildings: 20,
  eligible: 10,
  residents: 1000,
  reached: { group_formed: 9, consent: 8, notice: 7, permit: 6, construction: 5, in_service: 3, subsidy: 1 },
  residentsReached: {},
  stages: {
    none: 1,
    group_formed: 1,
    consent: 1,
    notice: 1,
    permit: 1,
    construction: 2,
    in_service: 2,
    subsidy: 1,
  },
  newThisMonth: {},
  statuses: { active: 10, paused: 0, disputed: 0, withdrawn: 0 },
};

describe('headlineFigures', () => {
  it('shows in service, under construction (current stage), permits, subsidies, groups and eligible', () => {
    const h = headlineFigures(
      figures,
      {
        milestones: makeMilestones(),
        headline: ELEVATOR_HEADLINE,
        subsidyYuan: 100000,
      },
      text,
    );
    expect(h.map((f) => [f.label, f.value])).toEqual([
      ['电梯已投入使用', '3栋'],
      ['正在施工', '2栋'],
      ['取得规划许可', '6栋'],
      ['已拨付补贴', '1栋'],
      ['成立筹备组', '9栋'],
      ['符合加装条件', '10栋'],
    ]);
    expect(h[0]?.note).toBe('占符合条件的30%');
    expect(h[3]?.note).toBe('每栋补贴10万元');
    expect(h[5]?.note).toBe('全部20栋楼');
  });

  it('shows the elevator keys in the milestones’ own words when report.json names no headline', () => {
    const milestones = makeMilestones().map((m) =>
      m.key === 'in_service' ? { ...m, pending: '快要投入使用', done: '已经投入使用' } : m,
    );
    const h = headlineFigures(figures, { milestones }, text);
    expect(h.map((f) => [f.key, f.label, f.value])).toEqual([
      ['in_service', '已经投入使用', '3栋'],
      ['in_service_pending', '快要投入使用', '2栋'],
      ['permit', '已规划许可', '6栋'],
      ['subsidy', '已补贴拨付', '1栋'],
      ['group_formed', '已成立筹备组', '9栋'],
      ['eligible', '符合加装条件', '10栋'],
    ]);
  });

  it('skips milestones the report does not have', () => {
    const h = headlineFigures(
      figures,
      { milestones: makeMilestones().filter((m) => m.key !== 'subsidy') },
      text,
    );
    expect(h.map((f) => f.key)).not.toContain('subsidy');
  });

  it("shows exactly the figures report.json names in `headline`, with their own or the milestone's words", () => {
    const milestones = makeMilestones().map((m) =>
      m.key === 'consent' ? { ...m, pending: '正在准备表决' } : m,
    );
    const h = headlineFigures(
      figures,
      {
        milestones,
        headline: [
          'permit',
          { pending: 'consent' },
          { milestone: 'group_formed', label: '有筹备组' },
          { pending: 'group_formed' },
        ],
      },
      text,
    );
    expect(h.map((f) => [f.key, f.label, f.value])).toEqual([
      ['permit', '已规划许可', '6栋'],
      ['consent_pending', '正在准备表决', '1栋'],
      ['group_formed', '有筹备组', '9栋'],
      ['group_formed_pending', '下一步：成立筹备组', '1栋'],
      ['eligible', '符合加装条件', '10栋'],
    ]);
  });

  it('counts buildings at a skippable step before as working towards the next', () => {
    const milestones = makeMilestones().map((m) => (m.key === 'construction' ? { ...m, optional: true } : m));
    const h = headlineFigures(figures, { milestones, headline: [{ pending: 'in_service' }] }, text);
    // At permit (1) or at construction (2).
    expect(h[0]?.value).toBe('3栋');
  });

  it('falls back to the last three milestones for a programme without the elevator keys', () => {
    const milestones = ['a', 'b', 'c', 'd'].map((key) => ({ key, label: `步骤${key}`, description: '' }));
    const f = { ...figures, reached: { a: 4, b: 3, c: 2, d: 1 } };
    expect(headlineFigures(f, { milestones }, text).map((x) => x.label)).toEqual([
      '已步骤d',
      '已步骤c',
      '已步骤b',
      '符合加装条件',
    ]);
  });
});

describe('goalViews', () => {
  it('formats buildings and residents goals and caps the bar', () => {
    const [goal, people] = makeReport().goals;
    const v = goalViews(
      [
        { goal: goal!, value: 5, target: 4, ratio: 1.25 },
        { goal: people!, value: 200, target: 400, ratio: 0.5 },
      ],
      '栋',
      text,
    );
    expect(v[0]).toMatchObject({ valueText: '5栋', targetText: '4栋', percentText: '125%', barPercent: 100 });
    expect(v[1]).toMatchObject({ valueText: '200人', barPercent: 50 });
  });
});

describe('headlineFigures in another programme’s words', () => {
  it('counts in its measure word and names its own eligibility', () => {
    const f = {
      month: '2025-09',
      buildings: 32,
      eligible: 30,
      reached: { completed: 20 },
      stages: {},
      pending: {},
    } as unknown as Figures;
    const h = headlineFigures(
      f,
      {
        milestones: [{ key: 'completed', label: '竣工验收', description: '' }],
        headline: ['completed'],
        entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' },
      },
      text,
    );
    expect(h.map((x) => x.value)).toEqual(['20个', '30个']);
    expect(h.at(-1)).toMatchObject({ label: '纳入改造计划', note: '全部32个小区' });
  });
});
