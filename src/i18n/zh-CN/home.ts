// zh-CN interface words: home.
export const home = {};
