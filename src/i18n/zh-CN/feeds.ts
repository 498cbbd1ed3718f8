// zh-CN interface words: feeds.
export const feeds = {};
