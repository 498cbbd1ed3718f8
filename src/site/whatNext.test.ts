import { describe, expect, it } from 'vitest';
import { makeBuilding, makeReport, makeRow } from '../../tests/factories.ts';
import type { StepTime } from '../stats/stepTimes.ts';
import { whatNext, type WhatNextInput } from './whatNext.ts';

const report = makeReport({
  statuses: {
    paused: { meaning: '暂时停下', restart: '商量好后继续' },
    disputed: { meaning: '有异议', restart: '协调好后继续' },
    withdrawn: { meaning: '已撤回' },
  },
  startGroup: { title: '想牵头成立筹备组？', text: '欢迎牵头', steps: ['找邻居', '到社区登记'] },
  ineligible: { canChange: '条件变化后可以重新评估', reasons: { 已有电梯: '不需要加装' } },
});
const step: StepTime = { from: 'consent', to: 'notice', count: 6, median: 2, p25: 1, p75: 3 };
const steps = new Map([['consent', step]]);
const servicePoint = { name: '一社区服务站', address: '测试路1号首层' };

function box(overrides: Partial<WhatNextInput>) {
  return whatNext({
    report,
    building: makeBuilding(),
    row: undefined,
    stage: 'none',
    steps,
    asOf: '2025-09-30',
    servicePoint,
    ...overrides,
  });
}

describe('whatNext', () => {
  it('names the next step, its typical time and the months at the current step', () => {
    const row = makeRow({ dates: { group_formed: '2025-01-10', consent: '2025-08-30' } });
    const b = box({ row, stage: 'consent' });
    expect(b.kind).toBe('moving');
    expect(b.current?.key).toBe('consent');
    expect(b.currentDate).toBe('2025-08-30');
    expect(b.next?.key).toBe('notice');
    expect(b.typical).toBe(step);
    expect(b.monthsAtStage).toBeCloseTo(31 / 30.4375, 10);
    expect(b.slow).toBe(false);
    expect(b.servicePoint).toBe(servicePoint);
  });

  it('notes a building past the 75th percentile, but never a paused one', () => {
    const row = makeRow({ dates: { group_formed: '2024-01-10', consent: '2025-01-01' } });
    expect(box({ row, stage: 'consent' }).slow).toBe(true);
    const paused = box({ row: { ...row, status: 'paused' }, stage: 'consent' });
    expect(paused).toMatchObject({
      kind: 'held',
      slow: false,
      next: undefined,
      statusWording: { meaning: '暂时停下' },
    });
  });

  it('shows no next step for a withdrawn building, and the next step for a disputed one', () => {
    const row = makeRow({ dates: { group_formed: '2025-01-10', consent: '2025-08-30' } });
    expect(box({ row: { ...row, status: 'withdrawn' }, stage: 'consent' })).toMatchObject({
      kind: 'held',
      next: undefined,
    });
    const disputed = box({ row: { ...row, status: 'disputed' }, stage: 'consent' });
    expect(disputed).toMatchObject({ kind: 'held', statusWording: { meaning: '有异议' } });
    expect(disputed.next?.key).toBe('notice');
  });

  it('asks for a group leader where an eligible building has none', () => {
    const b = box({ row: makeRow(), stage: 'none' });
    expect(b.kind).toBe('start');
    expect(b.next?.key).toBe('group_formed');
    expect(b.startGroup?.title).toBe('想牵头成立筹备组？');
    expect(b.monthsAtStage).toBeUndefined();
    expect(box({ row: undefined, stage: 'none' }).kind).toBe('start');
  });

  it('gives the recorded reason and whether it can change for an ineligible building', () => {
    const known = box({ building: makeBuilding({ eligible: false, ineligibleReason: '已有电梯' }) });
    expect(known).toMatchObject({
      kind: 'ineligible',
      ineligibleReason: '已有电梯',
      canChange: '不需要加装',
      next: undefined,
    });
    const other = box({ building: makeBuilding({ eligible: false, ineligibleReason: '楼间距不足' }) });
    expect(other.canChange).toBe('条件变化后可以重新评估');
  });

  it('is done after the last milestone', () => {
    const dates = Object.fromEntries(report.milestones.map((m) => [m.key, '2025-01-01']));
    expect(box({ row: makeRow({ dates }), stage: 'subsidy' })).toMatchObject({
      kind: 'done',
      next: undefined,
    });
  });
});
