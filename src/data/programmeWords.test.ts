import { describe, expect, it } from 'vitest';
import { programmeWords, thisItem } from './programmeWords.ts';

describe('programmeWords', () => {
  it('keeps the elevator words for a report.json without entity', () => {
    const words = programmeWords({ programme: '既有住宅加装电梯' });
    expect(words).toMatchObject({ noun: '楼栋', counter: '栋', item: '楼', topic: '加装电梯' });
    expect(thisItem(words)).toBe('这栋楼');
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
    expect(thisItem(words)).toBe('这个小区');
  });
});
