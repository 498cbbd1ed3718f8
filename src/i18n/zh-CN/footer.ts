// zh-CN interface words: the page footer and the contact lines (footer, service points).
export const footer = {
  dataAsOf: (month: string): string => `数据截至${month}底，每月更新。`,
  downloadData: '下载数据',
  aboutSite: '关于本站',
  sampleLabel: '示例数据：',
  sampleNotice: (counter: string, item: string): string =>
    `本站每${counter}${item}的数据和居民故事为虚构示例，仅用于演示。`,
  contact: '联系',
  phone: '电话',
  email: '邮箱',
  servicePoint: '社区服务点',
  askHere: '有问题可以问',
  guideLead: '每一步怎么办、要准备什么、问谁。',
};
