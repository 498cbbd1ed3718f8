// zh-CN interface words: the home page (the street now).
export const home = {
  heading: (month: string): string => `${month}底的进展`,
  monthReport: (month: string): string => `查看${month}月报`,
  communitiesHeading: '各社区比较',
  communitiesChart: (scope: string, noun: string): string => `${scope}各社区${noun}目前进展`,
  mapHeading: (noun: string): string => `${noun}分布示意图`,
  mapChart: (scope: string, noun: string): string => `${scope}符合条件${noun}分布示意图`,
  changesHeading: (month: string): string => `${month}有什么新进展`,
  storiesHeading: '居民故事',
  allStories: '全部故事',
  joyHeading: '喜悦时刻',
};
