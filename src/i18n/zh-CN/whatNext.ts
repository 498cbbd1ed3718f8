// zh-CN interface words: whatNext, the sentences of a building's "现在在等什么" box (also read aloud) and the
// typical time of a step in the guide. `entry` names the programme's 这栋楼 / 这个小区; labels, nouns and
// counters are the programme's own; months and dates arrive formatted.
import type { ItemWords } from '../itemWords.ts';
import { common } from './common.ts';

export const whatNext = {
  underAMonth: '不到1个月',
  ineligible: (entry: ItemWords, ineligible: string, reason: string): string =>
    `${common.thisItem(entry)}目前${ineligible}。原因：${reason}。`,
  reasonUnknown: '未记录',
  notStarted: (entry: ItemWords, notStarted: string): string => `${common.thisItem(entry)}${notStarted}。`,
  // After the step's label; empty when the date is unknown.
  on: (date: string): string => `（${date}）`,
  done: (entry: ItemWords, label: string, on: string): string =>
    `${common.thisItem(entry)}已完成最后一步“${label}”${on}。`,
  // After the date; empty for a withdrawn entry or one whose time at the step is unknown.
  soFar: (months: string): string => `，到现在已经${months}`,
  current: (entry: ItemWords, label: string, on: string, soFar: string): string =>
    `${common.thisItem(entry)}已完成“${label}”${on}${soFar}。`,
  typicalTooFew: (street: string, noun: string, count: number, counter: string): string =>
    `${street}走完这一步的${noun}还不多（${String(count)}${counter}），暂时算不出通常要多久。`,
  typical: (
    street: string,
    median: string,
    p25: string,
    p75: string,
    noun: string,
    count: number,
    counter: string,
  ): string =>
    `在${street}，这一步通常需要约${median}：中间一半的${noun}用了${p25}到${p75}（根据${String(count)}${counter}走完这一步的${noun}）。`,
  // `group` is the residents' own group (report.json entity.group), when the programme has one.
  slow: (entry: ItemWords, noun: string, contact: string, group: string | undefined): string =>
    `${common.thisItem(entry)}在这一步的时间比大多数${noun}长一些，这并不少见。想了解卡在哪里、能帮上什么忙，可以问${contact}${group === undefined ? '' : `或${group}`}。`,
  next: (label: string): string => `下一步是“${label}”。`,
  actor: (actor: string): string => `由谁来办：${actor}。`,
  // The milestone's `residentsCan` text ends with its own punctuation.
  residentsCan: (text: string): string => `居民现在可以：${text}`,
};
