import { describe, expect, it } from 'vitest';
import { makeMilestones } from '../../tests/factories.ts';
import { ELEVATOR_ENTITY, entityWords } from '../data/programmeWords.ts';
import { whatNext as text } from '../i18n/zh-CN/whatNext.ts';
import type { StepTime } from '../stats/stepTimes.ts';
import type { WhatNext } from './whatNext.ts';
import { currentSentence, slowSentence, typicalSentence, whatNextSentences } from './whatNextText.ts';

const [groupFormed, consent] = makeMilestones();
const moving: WhatNext = {
  kind: 'moving',
  current: groupFormed,
  currentDate: '2025-01-10',
  monthsAtStage: 8.6,
  status: 'active',
  statusWording: undefined,
  next: consent && { ...consent, actor: '业主', residentsCan: '和邻居商量。' },
  typical: { from: 'group_formed', to: 'consent', count: 6, median: 2, p25: 1.5, p75: 3 },
  slow: true,
  startGroup: undefined,
  ineligibleReason: undefined,
  canChange: undefined,
  servicePoint: { name: '一社区服务站', address: '测试路1号首层' },
};
// Xicun states its group in report.json; a renovation programme has none.
const xicun = entityWords({ ...ELEVATOR_ENTITY, group: '筹备组' });
const estates = entityWords({
  noun: '小区',
  counter: '个',
  eligible: '纳入改造计划',
  ineligible: '未纳入改造计划',
});

describe('whatNextText', () => {
  it('says where the entry stands, with the date and the whole months so far', () => {
    expect(currentSentence(moving, '尚未开始', xicun, text)).toBe(
      '这栋楼已完成“成立筹备组”（2025年1月10日），到现在已经8个月。',
    );
    expect(currentSentence({ ...moving, monthsAtStage: 0.4 }, '尚未开始', estates, text)).toBe(
      '这个小区已完成“成立筹备组”（2025年1月10日），到现在已经不到1个月。',
    );
    expect(currentSentence({ ...moving, current: undefined }, '尚未成立筹备组', xicun, text)).toBe(
      '这栋楼尚未成立筹备组。',
    );
    expect(
      currentSentence({ ...moving, kind: 'ineligible', ineligibleReason: undefined }, '', estates, text),
    ).toBe('这个小区目前未纳入改造计划。原因：未记录。');
  });

  it("gives the street's typical time, or says there is not enough history", () => {
    expect(typicalSentence(moving.typical, '西村街', xicun, text)).toBe(
      '在西村街，这一步通常需要约2个月：中间一半的楼栋用了1.5到3个月（根据6栋走完这一步的楼栋）。',
    );
    const few: StepTime = {
      from: 'group_formed',
      to: 'consent',
      count: 2,
      median: undefined,
      p25: undefined,
      p75: undefined,
    };
    expect(typicalSentence(few, '示例街', estates, text)).toBe(
      '示例街走完这一步的小区还不多（2个），暂时算不出通常要多久。',
    );
  });

  it("names the residents' own group next to the service point only when the programme has one", () => {
    expect(slowSentence(moving, '街道办', xicun, text)).toBe(
      '这栋楼在这一步的时间比大多数楼栋长一些，这并不少见。想了解卡在哪里、能帮上什么忙，可以问一社区服务站或筹备组。',
    );
    expect(slowSentence({ ...moving, servicePoint: undefined }, '示例街道办', estates, text)).toBe(
      '这个小区在这一步的时间比大多数小区长一些，这并不少见。想了解卡在哪里、能帮上什么忙，可以问示例街道办。',
    );
    // A report.json without `entity` keeps the elevator programme's words, its group included.
    expect(slowSentence(moving, '街道办', entityWords(undefined), text)).toContain('或筹备组。');
    expect(slowSentence({ ...moving, slow: false }, '街道办', xicun, text)).toBeUndefined();
  });

  it('reads the whole box aloud in order', () => {
    expect(whatNextSentences(moving, '西村街', '尚未开始', '街道办', estates, text)).toEqual([
      '这个小区已完成“成立筹备组”（2025年1月10日），到现在已经8个月。',
      '下一步是“业主表决通过”。',
      '由谁来办：业主。',
      '居民现在可以：和邻居商量。',
      '在西村街，这一步通常需要约2个月：中间一半的小区用了1.5到3个月（根据6个走完这一步的小区）。',
      '这个小区在这一步的时间比大多数小区长一些，这并不少见。想了解卡在哪里、能帮上什么忙，可以问一社区服务站。',
    ]);
  });
});
