import { describe, expect, it } from 'vitest';
import { makeMilestones, makeReport } from '../../tests/factories.ts';
import { NO_STAGE } from '../data/types.ts';
import { milestoneLabel, stageLabel } from './labels.ts';
import { common } from '../i18n/zh-CN/common.ts';

describe('milestoneLabel', () => {
  const milestones = makeMilestones().map((m) =>
    m.key === 'permit' ? { ...m, labelEn: 'Planning permit' } : m,
  );
  const report = makeReport({ milestones });

  it('reads the report, falling back to Chinese without labelEn', () => {
    expect(milestoneLabel(report, 'permit')).toBe('规划许可');
    expect(milestoneLabel(report, 'permit', 'en')).toBe('Planning permit');
    expect(milestoneLabel(report, 'consent', 'en')).toBe('业主表决通过');
  });

  it('throws for an unknown milestone, naming the known ones', () => {
    expect(() => milestoneLabel(report, 'nope')).toThrow(/group_formed, consent/);
  });
});

describe('stageLabel', () => {
  const report = makeReport();

  it('names the stage by its milestone, and NO_STAGE in plain words', () => {
    expect(stageLabel(report, 'construction', common)).toBe('开工');
    expect(stageLabel(report, NO_STAGE, common)).toBe('尚未成立筹备组');
    expect(stageLabel(makeReport({ milestones: [] }), NO_STAGE, common)).toBe('尚未开始');
    const other = { notYet: (label: string) => `not yet: ${label}`, notStarted: 'not started' };
    expect(stageLabel(report, NO_STAGE, other)).toBe('not yet: 成立筹备组');
  });
});
