// zh-CN interface words: data.
export const data = {};
