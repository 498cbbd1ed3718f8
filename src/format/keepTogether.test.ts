import { describe, expect, it } from 'vitest';
import { keepTogether } from './keepTogether.ts';

const kept = (text: string): string[] =>
  keepTogether(text)
    .filter((r) => r.keep)
    .map((r) => r.text);

describe('keepTogether', () => {
  it('keeps dates, step counts and numbers with units whole', () => {
    expect(kept('电梯已投入使用（2025年4月18日）')).toEqual(['2025年4月18日']);
    expect(kept('正在准备业主表决 · 第2/7步')).toEqual(['第2/7步']);
    expect(kept('2025年9月底，56栋已投入使用，占37%')).toEqual(['2025年9月', '56栋', '37%']);
    expect(kept('9月4日开工，每栋补贴10万元')).toEqual(['9月4日', '10万元']);
  });

  it('keeps the programme’s measure word with its number', () => {
    expect(kept('另有12座没有位置信息')).toEqual(['12']);
    expect(keepTogether('另有12座没有位置信息', ['座']).filter((r) => r.keep)).toEqual([
      { text: '12座', keep: true },
    ]);
    expect(
      keepTogether('6个小区纳入改造计划，3个月内开工', ['个'])
        .filter((r) => r.keep)
        .map((r) => r.text),
    ).toEqual(['6个', '3个月']);
    // Without Xicun's 栋 among the counters, 56栋 is a bare number.
    expect(
      keepTogether('56栋', ['座'])
        .filter((r) => r.keep)
        .map((r) => r.text),
    ).toEqual(['56']);
  });

  it('loses and adds no text', () => {
    const text = '西湾东1号：2024年3月起暂停 · 第3/7步（批前公示）';
    expect(
      keepTogether(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
    expect(keepTogether('没有数字')).toEqual([{ text: '没有数字', keep: false }]);
  });
});
