// zh-CN interface words: charts (summaries, axis and legend labels, data tables). Counts arrive formatted
// with the programme's measure word; milestone labels and nouns are the programme's own.
import { common } from './common.ts';

export const charts = {
  showTable: '查看数据表',
  legend: '颜色说明',
  // The stage before the first milestone, worded once for the whole site.
  notYet: common.notYet,
  notStarted: common.notStarted,
  eligible: '符合条件',
  month: '月份',
  step: '步骤',
  date: '日期',
  community: '社区',
  progress: '进展',
  total: '合计',
  shareOfEligible: '占符合条件',
  year: (year: string): string => `${year}年`,
  noMonths: (scope: string): string => `${scope}暂无月度数据。`,
  forecast: (count: string): string => `预计${count}`,
  goalLine: (goal: string, count: string): string => `目标：${goal} ${count}`,
  trendGrew: (
    from: string,
    to: string,
    scope: string,
    label: string,
    noun: string,
    a: string,
    b: string,
  ): string => `${from}至${to}，${scope}「${label}」的${noun}从${a}增加到${b}`,
  trendGoal: (goal: string, target: string, done: string): string =>
    `「${goal}」目标${target}，已完成${done}`,
  trendForecast: (months: number, month: string, label: string): string =>
    `按近${String(months)}个月的速度，预计${month}全部「${label}」`,
  trendNoForecast: (months: number): string => `近${String(months)}个月没有新增，暂无法预计完成时间`,
  clauseSeparator: '；',
  listSeparator: '，',
  sentenceEnd: '。',
  funnelOnlyEligible: (scope: string, noun: string, count: string): string =>
    `${scope}符合条件的${noun}共${count}。`,
  funnelPart: (count: string, share: string, label: string): string => `${count}${share}已完成「${label}」`,
  funnelShare: (percent: string): string => `（${percent}）`,
  funnelSummary: (scope: string, count: string, item: string, parts: string): string =>
    `${scope}符合条件的${count}${item}中，${parts}。`,
  withdrawnStep: '已撤回，不再进行',
  notDoneStep: '尚未完成',
  timelineWithdrawn: '已撤回，不再继续',
  timelineNext: (label: string): string => `下一步是「${label}」`,
  timelineAllDone: '全部步骤已完成',
  timelineNone: (address: string, next: string): string => `${address}还没有完成任何步骤，${next}。`,
  timelineSummary: (
    address: string,
    total: number,
    done: number,
    date: string,
    label: string,
    next: string,
  ): string =>
    `${address}已完成${String(total)}个步骤中的${String(done)}个，最近一步是${date}「${label}」，${next}。`,
  communityCaption: (total: string, label: string, count: string): string => `共${total}，${label}${count}`,
  segmentTitle: (label: string, count: string): string => `${label}：${count}`,
  noCommunities: (scope: string): string => `${scope}暂无社区数据。`,
  communitiesSummary: (
    scope: string,
    communities: number,
    label: string,
    best: string,
    count: string,
    percent: string,
  ): string =>
    `${scope}${String(communities)}个社区中，「${label}」比例最高的是${best}（${count}，${percent}）。`,
  unplacedHead: (noun: string): string => `没有位置信息的${noun}`,
  noneRow: '（无）',
  allPlaced: (noun: string): string => `全部${noun}都已标在图上`,
  mapUnplaced: (count: string): string => `；另有${count}没有位置信息，只列在下方表格中`,
  mapSummary: (scope: string, count: string, item: string, tail: string): string =>
    `示意图按经纬度标出${scope}${count}${item}，颜色越深表示进展越靠后${tail}。`,
};
