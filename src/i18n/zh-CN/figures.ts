// zh-CN interface words: figures, the words around the numbers (headline figures, goal bars, a month's
// table, the read-aloud summary, a report's status changes and corrections, the about page's typical time)
// and a building's one-line headline. Counts, percentages and dates arrive formatted; milestone labels,
// nouns and measure words are the programme's own.
export const figures = {
  ofEligible: (percent: string): string => `占符合条件的${percent}`,
  // Subsidy amounts are shown in units of 10,000 yuan.
  tenThousandYuan: '万元',
  subsidyPer: (counter: string, amount: string): string => `每${counter}补贴${amount}`,
  all: (count: string, item: string): string => `全部${count}${item}`,
  // The measure word of a goal counted in residents.
  people: '人',
  // A month's table: step, cumulative count, change against the month before (or new this month).
  step: '步骤',
  cumulative: '累计',
  sinceLastMonth: '比上月增加',
  newThisMonth: '本月新增',
  eligible: '符合条件',
  noFigure: '—',
  // The read-aloud summary of a street or community page: figures are "label value" pairs.
  spokenFigure: (label: string, value: string): string => `${label}${value}`,
  spoken: (title: string, asOf: string, figures: readonly string[]): string =>
    `${title}。截至${asOf}底${figures.length > 0 ? `：${figures.join('，')}` : ''}。`,
  // A month report's lists: a status change, the fields a correction names besides milestones.
  statusChange: (from: string, to: string): string => `${from} → ${to}`,
  statusField: '状态',
  trackedField: '是否跟踪',
  emptyValue: '（空）',
  journey: (
    street: string,
    first: string,
    goal: string,
    median: string,
    p25: string,
    p75: string,
    noun: string,
    count: number,
    counter: string,
    item: string,
  ): string =>
    `在${street}，从“${first}”到“${goal}”通常需要约${median}：中间一半的${noun}用了${p25}到${p75}（根据已经走完的${String(count)}${counter}${item}）。`,
  // A milestone's words when report.json gives no `done` / `pending` of its own.
  reached: (label: string): string => `已${label}`,
  pending: (label: string): string => `下一步：${label}`,
  // A building's one-line headline.
  celebrated: (done: string, date: string): string => `${done}（${date}）`,
  andSince: (celebrated: string, latest: string): string => `${celebrated}，${latest}`,
  withdrawn: '已撤回',
  withdrawnAfter: (step: number, label: string): string => `已撤回（曾完成第${String(step)}步：${label}）`,
  notYet: (label: string): string => `尚未${label}`,
  notStarted: '尚未开始',
  stepOf: (step: number, steps: number): string => `第${String(step)}/${String(steps)}步`,
  paused: (stepOf: string, next: string): string => `暂停 · ${stepOf}（${next}）`,
  disputed: (stepOf: string, next: string): string => `有异议，街道正在协调 · ${stepOf}（${next}）`,
  moving: (pending: string, stepOf: string): string => `${pending} · ${stepOf}`,
};
