// zh-CN interface words: posters.
export const posters = {};
