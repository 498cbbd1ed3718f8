// zh-CN interface words: the "find my building" form in the header and on the search page.
export const search = {
  formLabel: (noun: string): string => `查找${noun}`,
  fieldLabel: (noun: string): string => `查找我的${noun}`,
  example: (address: string): string => `如：${address}`,
  submit: '查找',
  pageDescription: (street: string, noun: string, topic: string): string =>
    `按地址查找${street}的${noun}${topic}进展`,
  fieldHint: '输入地址或其中几个字',
  examples: (addresses: readonly string[]): string => `，如${addresses.map((a) => `“${a}”`).join('')}`,
  noScriptLead: '查找需要开启JavaScript。也可以打开',
  allListLink: (noun: string): string => `全部${noun}列表`,
  noScriptTail: (item: string): string => `，用浏览器的“页内查找”找到您的${item}。`,
  notFound: '找不到？',
  seeAllListLink: (noun: string): string => `查看全部${noun}列表`,
  byCommunity: '（按社区排列）。',
};
