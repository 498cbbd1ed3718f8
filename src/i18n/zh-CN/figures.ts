// zh-CN interface words: figures.
export const figures = {};
