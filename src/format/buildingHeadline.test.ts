import { describe, expect, it } from 'vitest';
import { makeMilestones } from '../../tests/factories.ts';
import { buildingHeadline, type HeadlineInput } from './buildingHeadline.ts';
import { figures as text } from '../i18n/zh-CN/figures.ts';

const worded = makeMilestones().map((m) =>
  m.key === 'consent'
    ? { ...m, pending: '正在准备业主表决' }
    : m.key === 'in_service'
      ? { ...m, pending: '正在施工', done: '电梯已投入使用' }
      : m,
);
const base: HeadlineInput = {
  eligible: true,
  ineligible: '不在加装范围',
  status: 'active',
  dates: {},
  milestones: worded,
  celebrate: ['in_service'],
  text,
};
const upTo = (n: number): HeadlineInput['dates'] =>
  Object.fromEntries(worded.slice(0, n).map((m, i) => [m.key, `2025-0${i + 1}-1${i}`]));

describe('buildingHeadline', () => {
  it('names the step being worked on and its number, in the report’s words', () => {
    expect(buildingHeadline({ ...base, dates: upTo(1) })).toBe('正在准备业主表决 · 第2/7步');
    expect(buildingHeadline({ ...base, dates: upTo(5) })).toBe('正在施工 · 第6/7步');
  });

  it('falls back to 下一步 and 已 + label where the report has no wording', () => {
    expect(buildingHeadline({ ...base, dates: upTo(2) })).toBe('下一步：批前公示 · 第3/7步');
  });

  it('leads with the celebrated milestone and its date once reached, not the stage after it', () => {
    expect(buildingHeadline({ ...base, dates: upTo(6) })).toBe('电梯已投入使用（2025年6月15日）');
    expect(buildingHeadline({ ...base, dates: upTo(7) })).toBe('电梯已投入使用（2025年6月15日），已补贴拨付');
  });

  it('says 已撤回 and where the building stopped, never a next step', () => {
    const text = buildingHeadline({ ...base, status: 'withdrawn', dates: upTo(2) });
    expect(text).toBe('已撤回（曾完成第2步：业主表决通过）');
    expect(text).not.toMatch(/下一步|正在/);
    expect(buildingHeadline({ ...base, status: 'withdrawn' })).toBe('已撤回');
  });

  it('says a paused or disputed building is paused, with the step it waits at', () => {
    expect(buildingHeadline({ ...base, status: 'paused', dates: upTo(2) })).toBe(
      '暂停 · 第3/7步（批前公示）',
    );
    expect(buildingHeadline({ ...base, status: 'disputed', dates: upTo(1) })).toBe(
      '有异议，街道正在协调 · 第2/7步（业主表决通过）',
    );
  });

  it('says a tracked building without a milestone has not started, and an ineligible one is not tracked', () => {
    expect(buildingHeadline(base)).toBe('尚未成立筹备组');
    expect(buildingHeadline({ ...base, eligible: false, status: undefined })).toBe('不在加装范围');
    expect(buildingHeadline({ ...base, eligible: false, ineligible: '未纳入改造计划' })).toBe(
      '未纳入改造计划',
    );
  });
});
