// zh-CN interface words: the not-found page (404) and its ways back.
export const notFound = {
  title: '找不到这个页面',
  explanation: '这个地址没有内容，可能是输入有误，或者链接已经过期。',
  backHome: (street: string): string => `回到${street}首页`,
  byAddress: (noun: string): string => `按地址查找${noun}`,
  byCommunity: '按社区查找',
};
