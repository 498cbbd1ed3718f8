// zh-CN interface words: the monthly change summaries (the /changes/ page, the RSS feed and the summary
// snapshot:add prints). Counts arrive with the programme's measure word; milestone labels are its own.
import { common } from './common.ts';

export const feeds = {
  // The statuses named as on the pages.
  statuses: common.statuses,
  feedDescription: (street: string, programme: string, noun: string): string =>
    `${street}${programme}每月进展：哪些${noun}到达了新的步骤，以及所有更正。`,
  titleComparedWith: (month: string, previous: string): string => `${month}（与${previous}相比）`,
  titleFirst: (month: string): string => `${month}（首次发布）`,
  nothingChanged: '本月没有变化。',
  /** The closing line of a capped list. */
  andMore: (count: number, counter: string): string => `等${String(count)}${counter}`,
  reached: (label: string, count: number, counter: string): string => `${label}：${String(count)}${counter}`,
  statusChanges: (count: number, counter: string): string => `状态变化：${String(count)}${counter}`,
  statusChange: (name: string, from: string | undefined, to: string): string =>
    `${name}：${from === undefined ? '' : `${from}→`}${to}`,
  added: (count: number, counter: string): string => `新纳入跟踪：${String(count)}${counter}`,
  removed: (count: number, counter: string): string => `不再跟踪：${String(count)}${counter}`,
  // Corrections name the field: a milestone's label, or one of these.
  statusField: '状态',
  rowField: '跟踪',
  lateReports: (count: number): string => `补录：${String(count)}处`,
  lateReport: (name: string, field: string, value: string, date: string, reason: string): string =>
    `${name} ${field}：${value}（${date}补录：${reason}）`,
  corrections: (count: number): string => `更正：${String(count)}处`,
  emptyValue: '（空）',
  correction: (
    name: string,
    field: string,
    oldValue: string,
    newValue: string,
    date: string,
    reason: string,
  ): string => `${name} ${field}：${oldValue} → ${newValue}（${date}更正：${reason}）`,
  skippedMonths: (count: number): string => `未统计的月份：${String(count)}个`,
  skippedMonth: (month: string, reason: string): string => `${month}：${reason}`,
};
