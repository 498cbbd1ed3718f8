import { describe, expect, it } from 'vitest';
import { programmeWords } from './programmeWords.ts';

describe('programmeWords', () => {
  it('keeps the elevator words for a report.json without entity', () => {
    const words = programmeWords({ programme: '既有住宅加装电梯' });
    expect(words).toMatchObject({ noun: '楼栋', counter: '栋', item: '楼', topic: '加装电梯' });
  });

  it('takes another programme’s words, the item and topic defaulting to noun and programme', () => {
    const words = programmeWords({
      programme: '老旧小区改造',
      entity: { noun: '小区', counter: '个', eligible: '纳入改造计划', ineligible: '未纳入改造计划' },
    });
    expect(words).toEqual({
      noun: '小区',
      counter: '个',
      item: '小区',
      eligible: '纳入改造计划',
      ineligible: '未纳入改造计划',
      topic: '老旧小区改造',
    });
  });

  it("carries the residents' own group when report.json names one, and the elevator default's without entity", () => {
    const entity = { noun: '楼栋', counter: '栋', eligible: '符合加装条件', ineligible: '不在加装范围' };
    expect(programmeWords({ programme: '加装电梯', entity: { ...entity, group: '筹备组' } }).group).toBe('筹备组');
    expect(programmeWords({ programme: '加装电梯', entity })).not.toHaveProperty('group');
    expect(programmeWords({ programme: '既有住宅加装电梯' }).group).toBe('筹备组');
  });
});
