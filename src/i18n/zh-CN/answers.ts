// zh-CN interface words: the answer boxes (what a building waits for, starting a group, read aloud).
export const answers = {
  whatNextHeading: '现在在等什么',
  currentStatus: (status: string): string => `目前状态：${status}。`,
  nextStep: (label: string): string => `下一步：${label}`,
  nextStepAfterHold: (label: string): string => `问题解决后的下一步：${label}`,
  involves: '要做什么',
  actor: '谁来办',
  residentsCan: '居民现在可以',
  typicalTime: '通常要多久',
  guideForStep: (label: string): string => `办事指南：“${label}”怎么办`,
  guideFirstStep: '办事指南：第一步怎么做',
  withoutGroup: (
    item: string,
    eligible: string,
    notStarted: string,
    count: number,
    counter: string,
  ): string => `这些${item}${eligible}，${notStarted}（共${String(count)}${counter}）：`,
  readAloud: '朗读',
};
