// zh-CN interface words: whatNext.
export const whatNext = {};
