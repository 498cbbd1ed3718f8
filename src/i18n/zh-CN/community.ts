// zh-CN interface words: a community's page, the list of communities, and the figures, goals, funnel and
// trend shared by the street (home) and community pages.
import { common } from './common.ts';

export const community = {
  name: common.communityName,
  summary: (
    street: string,
    community: string,
    eligibleCount: string,
    eligible: string,
    doneCount: string,
    doneLabel: string,
    month: string,
  ): string =>
    `${street}${community}：${eligibleCount}${eligible}，${doneCount}已${doneLabel}（截至${month}底）`,
  heading: (community: string, topic: string): string => `${community}${topic}进展`,
  lead: (month: string): string => `${month}底的进展。`,
  askHere: (community: string): string => `${community}的问题可以问`,
  mapHeading: (noun: string): string => `${noun}分布示意图`,
  mapTitle: (community: string, noun: string): string => `${community}${noun}分布示意图`,
  changesHeading: (month: string): string => `${month}有什么新进展`,
  buildingsHeading: (noun: string): string => `全部${noun}`,
  buildingsOrder: '按进展排序：走得最远的在前，同一步骤按地址排列。',
  buildingsCaption: (community: string, noun: string, count: number, counter: string): string =>
    `${community}的${noun}（共${String(count)}${counter}）`,
  // The list of communities.
  indexHeading: (street: string, count: number): string => `${street}的${String(count)}个社区`,
  indexFigures: (eligibleCount: string, doneLabel: string, doneCount: string): string =>
    `符合条件${eligibleCount}，已${doneLabel}${doneCount}`,
  // Figures, goals, funnel and trend of one scope (the street or a community).
  goalsHeading: '目标进度',
  // A goal's sentence around its two bold parts: <label>：<description>。已达 <value>，目标 <target>（<percent>）。
  goalReached: (description: string): string => `：${description}。已达 `,
  goalTarget: (target: string, percent: string): string => `，目标 ${target}（${percent}）。`,
  funnelHeading: '每一步走到了哪里',
  funnelTitle: (scope: string, topic: string): string => `${scope}${topic}进展漏斗`,
  trendHeading: '逐月进展',
  trendTitle: (scope: string, noun: string): string => `${scope}各步骤累计${noun}数`,
};
