// zh-CN interface words: the story list and story pages.
export const stories = {
  title: '居民故事',
  crumb: '故事',
  intro: (topic: string): string =>
    `居民讲述${topic}的经过。每篇故事都经本人同意发表，只显示本人选择的称呼。`,
  none: '还没有故事。',
  sampleLabel: '示例故事：',
  sampleNotice: '本文为演示而虚构，人物和情节并非真实。',
  sampleMark: ' · 示例',
  related: (noun: string): string => `相关${noun}：`,
  backToAll: '返回全部故事',
  photoOutsideStory: '<Photo> 只能用在故事中',
};
