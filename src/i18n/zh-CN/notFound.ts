// zh-CN interface words: notFound.
export const notFound = {};
