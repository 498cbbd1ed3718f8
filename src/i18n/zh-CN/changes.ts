// zh-CN interface words: the monthly changes page, its feed, and the list of entries that took a step.
export const changes = {
  title: '每月变化',
  description: (title: string, noun: string): string => `${title}：每个月有哪些${noun}迈出了新的一步`,
  feedTitle: (title: string): string => `${title}：每月变化`,
  // The lead sentence around its two links (the feed, the open data page).
  leadBeforeFeed: (noun: string): string =>
    `每月一条，与上个月相比：哪些${noun}到达了新的步骤、状态有何变化、有哪些更正。 可用`,
  feedLink: 'RSS 订阅',
  leadBeforeData: '；原始数据见',
  leadEnd: '。',
  nothingChanged: '本月没有变化。',
  fullReport: (month: string): string => `${month}报告全文`,
  noneStepped: (noun: string): string => `本月没有${noun}进入新的步骤。`,
  groupHeading: (milestone: string, count: number, counter: string): string =>
    `${milestone}（${String(count)}${counter}）`,
};
