// zh-CN interface words: the monthly reports, their list and each month's page.
export const reports = {
  title: '月报',
  indexHeading: (street: string, topic: string): string => `${street}${topic}月报`,
  indexLead: '每月一期，公布后不再改动；如有更正，会在更正当月的月报中说明。',
  monthTitle: (month: string): string => `${month}月报`,
  monthHeading: (street: string, topic: string, title: string): string => `${street}${topic}${title}`,
  monthLead: (month: string): string => `截至${month}底的数字，按当月公布的数据。`,
  tableCaption: (month: string, noun: string, counter: string): string =>
    `${month}各步骤${noun}数（单位：${counter}）`,
  newSince: (month: string): string => `比${month}新增`,
  thisMonth: '本月进展',
  added: (noun: string, count: number, counter: string): string =>
    `本月新纳入跟踪的${noun}：${String(count)}${counter}。`,
  statusChanges: '状态变化',
  // Between a building's address (a link) and its status change.
  statusSeparator: '：',
  lateReports: '补录',
  lateLead: '以下步骤在以前的月份已经完成，本月才报送街道，按实际日期补录：',
  lateEntry: (field: string, value: string, date: string, reason: string): string =>
    `「${field}」${value}（${date}补录，原因：${reason}）`,
  corrections: '更正',
  correctionsLead: '以下数据在本月更正了以前公布的数值：',
  correctionEntry: (field: string, from: string, to: string, date: string, reason: string): string =>
    `「${field}」由 ${from} 更正为 ${to}（${date}更正，原因：${reason}）`,
  otherMonths: '其他月份',
  previous: (month: string): string => `上一期：${month}`,
  next: (month: string): string => `下一期：${month}`,
  allReports: '全部月报',
};
